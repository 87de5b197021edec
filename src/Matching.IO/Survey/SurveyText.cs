// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;

namespace Matching.IO.Survey;

/// <summary>
/// Decodes the bytes of a survey export: UTF-8 (with or without BOM), UTF-16 (with BOM), or Windows-1252 for old
/// Excel files that are not valid UTF-8.
/// </summary>
public static class SurveyText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> and names the encoding found.</summary>
    /// <param name="bytes">The file contents.</param>
    /// <returns>The text (without BOM) and a description such as "UTF-8 with BOM".</returns>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictOrReplace(bytes[3..]), "UTF-8 with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16 BE");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252 (not valid UTF-8)");
        }
    }

    private static string StrictOrReplace(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
