#!/usr/bin/env bash
# Process check, run by .ci/run: every commit since the rule was adopted (issue #13) has a subject of at
# most 72 characters and a body that says why. Older history is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
since=4a0a0f9 # the last commit before the rule
if ! git cat-file -e "$since^{commit}" 2>/dev/null; then
  echo "check-commits: $since is not in this clone (shallow?); nothing to check"
  exit 0
fi
bad=0
while read -r sha; do
  subject=$(git log -1 --format=%s "$sha")
  body=$(git log -1 --format=%b "$sha" | grep -v '^\s*$' | grep -v -i '^co-authored-by:' || true)
  if [ "${#subject}" -gt 72 ]; then
    echo "check-commits: $sha subject has ${#subject} characters (at most 72): $subject"
    bad=1
  fi
  if [ -z "$body" ]; then
    echo "check-commits: $sha has no body saying why: $subject"
    bad=1
  fi
done < <(git rev-list --no-merges "$since..HEAD")
[ "$bad" -eq 0 ] && echo "check-commits: $(git rev-list --no-merges --count "$since..HEAD") commits since $since are fine"
exit "$bad"
