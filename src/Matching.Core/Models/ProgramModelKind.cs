// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Models;

/// <summary>The shape of a mentoring program.</summary>
public enum ProgramModelKind
{
    /// <summary>Each mentee at most one mentor, each mentor up to capacity (directed pairs).</summary>
    OneToOne,

    /// <summary>One pool of peers matched in undirected pairs, nobody twice.</summary>
    Peer,

    /// <summary>Groups with a leader and several members (pods).</summary>
    Pods,

    /// <summary>Topic circles: groups of peers around a shared topic.</summary>
    Circles,
}
