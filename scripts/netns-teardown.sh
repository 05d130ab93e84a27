#!/bin/bash
# Deletes the namespaces netns-setup.sh NAME made (their veth and vlan devices go with them).
name=${1:?usage: netns-teardown.sh NAME}
for ns in "$name-a" "$name-b"; do
    ip netns del "$ns" 2>/dev/null || true
done
