#!/bin/bash
# Two network namespaces joined by a veth pair, for live capture tests:
#   NAME-a: veth NAME-a0 169.254.77.1/24
#   NAME-b: veth NAME-b0 169.254.77.2/24
# (No vlan subinterface: kernels without 8021q refuse them; tests inject tagged frames instead.)
# Link-local addresses only; nothing leaves the namespaces. Usage: netns-setup.sh NAME
# (NAME short: interface names are at most 15 characters). Undo with netns-teardown.sh NAME.
set -euo pipefail
name=${1:?usage: netns-setup.sh NAME}
a=$name-a; b=$name-b
ip netns add "$a"
ip netns add "$b"
ip link add "$a"0 netns "$a" type veth peer name "$b"0 netns "$b"
for side in a:1 b:2; do
    ns=$name-${side%%:*}; dev=${ns}0; host=${side##*:}
    ip -n "$ns" link set lo up
    ip -n "$ns" addr add 169.254.77.$host/24 dev "$dev"
    ip -n "$ns" link set "$dev" up
    # IPv6 would add router solicitations and MLD reports at random moments: keep the wire quiet.
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
done
