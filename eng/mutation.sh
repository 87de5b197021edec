#!/usr/bin/env bash
# Mutation testing of the files that carry the project's promises (the solvers, the certificate, the rules), with
# Stryker.NET as a local tool. Not part of CI: about 30 minutes on a 2-core machine. Prints one table over all files.
#
#   eng/mutation.sh            # both projects
#   eng/mutation.sh solvers    # or: core
#   STRYKER_ARGS='--mutate **/Flow/FlowCertificate.cs' eng/mutation.sh solvers   # one file (replaces the config's list)
#
# Each project's files are listed in tests/<project>.Tests/stryker-config.json; reports go to
# artifacts/mutation/<project>/. docs/mutation.md keeps the latest table with the surviving mutants explained.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null

if [ $# -eq 0 ]; then set -- solvers core; fi
reports=()
for target in "$@"; do
  case "$target" in
    solvers) project=Matching.Solvers ;;
    core) project=Matching.Core ;;
    *) echo "unknown target '$target' (solvers or core)" >&2; exit 2 ;;
  esac
  out="$PWD/artifacts/mutation/$target"
  rm -rf "$out"
  # shellcheck disable=SC2086 # STRYKER_ARGS is split on purpose
  (set -f; cd "tests/$project.Tests" && nice -n 10 dotnet stryker --output "$out" --reporter json --reporter dots ${STRYKER_ARGS:-})
  reports+=("$(find "$out" -name 'mutation-report.json' | head -n 1)")
  # No test host of this checkout may outlive the run (a mutant that loops forever is cancelled by the tests' time
  # limits and by Stryker's timeout; this is the last guard, and it says so when it has to act).
  left=$(pgrep -f "$PWD/tests/.*testhost" || true)
  if [ -n "$left" ]; then
    echo "warning: $(echo "$left" | wc -l) test host(s) of this checkout left after the run; ending them" >&2
    for pid in $left; do kill "$pid" 2>/dev/null || true; done
  fi
done

python3 - "${reports[@]}" <<'PY'
import json, sys
print(f"| file | killed | survived | timeout | no coverage | score |")
print("|---|---:|---:|---:|---:|---:|")
def row(name, k, s, t, n):
    total = k + s + t + n
    print(f"| {name} | {k} | {s} | {t} | {n} | {100.0 * (k + t) / total:.1f} % |")

for report in sys.argv[1:]:
    files = json.load(open(report))["files"]
    sums = [0, 0, 0, 0]
    project = ""
    for path in sorted(files):
        count = {}
        for mutant in files[path]["mutants"]:
            count[mutant["status"]] = count.get(mutant["status"], 0) + 1
        k, s, t, n = (count.get(x, 0) for x in ("Killed", "Survived", "Timeout", "NoCoverage"))
        if k + s + t + n == 0:
            continue
        name = path.split("/src/")[-1]
        project = name.split("/")[0]
        row(name, k, s, t, n)
        sums = [a + b for a, b in zip(sums, (k, s, t, n))]
    if sum(sums) > 0:
        row(f"**{project} (all files above)**", *sums)
PY
