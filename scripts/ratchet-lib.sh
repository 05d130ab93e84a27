# Sourced by check-ratchet.sh and check-filter-ratchet.sh: the ratchet rule they share.
#   hold_ratchet LIST RESULTS UPDATE NOUN VERDICT
# LIST names what must pass (one per line, # comments); RESULTS is a runner's output with
# "PASS name" / "FAIL name ..." lines. Prints what newly passes (and with UPDATE=1 adds it to
# LIST: the list only grows), what no longer passes, and last "VERDICT: N passed, M failed".
# Returns 1 when anything listed failed (a name missing from RESULTS counts as failing).
hold_ratchet() {
    local ratchet=$1 results=$2 update=$3 noun=$4 verdict=$5
    [ -f "$ratchet" ] || : >"$ratchet"
    listed() { sed -e '/^#/d' -e '/^[[:space:]]*$/d' "$ratchet" | LC_ALL=C sort -u; }
    passed() { sed -n 's/^PASS //p' "$results" | LC_ALL=C sort -u; }
    local failing fresh total nfail
    failing=$(LC_ALL=C comm -23 <(listed) <(passed))
    fresh=$(LC_ALL=C comm -13 <(listed) <(passed))
    if [ -n "$fresh" ]; then
        if [ "$update" = 1 ]; then
            { listed; echo "$fresh"; } | LC_ALL=C sort -u >"$ratchet.new"
            mv "$ratchet.new" "$ratchet"
            echo "added to the ratchet: $(echo "$fresh" | wc -l) $noun"
            echo "$fresh" | sed 's/^/  + /'
        else
            echo "passing but not in the ratchet (add with --update): $(echo "$fresh" | wc -l) $noun"
        fi
    fi
    total=$(listed | wc -l)
    nfail=$(printf '%s' "$failing" | grep -c . || true)
    if [ -n "$failing" ]; then
        echo "FAILED: ratchet $noun that no longer pass:"
        grep -F -w -f <(echo "$failing") "$results" | grep '^FAIL ' | sed 's/^FAIL /  - /' || echo "$failing" | sed 's/^/  - /'
    fi
    echo "$verdict: $((total - nfail)) passed, $nfail failed"
    [ -z "$failing" ]
}
