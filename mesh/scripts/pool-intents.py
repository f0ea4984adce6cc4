#!/usr/bin/env python3
"""Writes Sources/MeshIntent/Commerce/CommerceUtterances+Pooled.swift from the spent labelled sets.

The held-out and development sets of mesh/data/intents that have been read or tuned on are no longer
honest measures, but they are the most varied labelled messages we have (a dozen authors, many
registers), so the coarse models train on them (issue 12, branch nlupool31). This script copies their
lines into Swift source, as the other training utterances are kept, so the model still travels inside
the binary:

- `{{order:VALUE}}` marks become their plain text, as `MarkedMessage.parse` reads them;
- lines whose label contradicts docs/INTENTS.md (named in EXCLUDED, with why) are left out;
- a text in two sets with two labels is left out; with one label it is kept once;
- texts of `CommerceOutOfFold.farAway` (scored by the blend fit, never trained on) are left out.

Exact duplicates of the other training lines are dropped at run time (`CommerceUtterances.pooled()`),
so a line added to the hand-written data later wins without regenerating.

    mesh/scripts/pool-intents.py          regenerate in place
    mesh/scripts/pool-intents.py --check  fail if the committed file differs (`CommercePooledUtterancesTests`)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "mesh/data/intents"
OUT = ROOT / "Sources/MeshIntent/Commerce/CommerceUtterances+Pooled.swift"
FAR_AWAY = ROOT / "Sources/MeshNLU/CommerceOutOfFold+FarAway.swift"

# The spent sets, pooled in this order: every set here was read or tuned on, so it no longer measures. A set that is
# not named here is never pooled, whatever its number: heldout17-23, heldout27 and heldout29 on still measure, while
# heldout24 and heldout25 were read as development sets (branches nlu40, nlu41) and are spent (branch nlu42), heldout26
# too (read and pooled on branch nlu43), and heldout28 (a development set from stop 43, read and pooled on nlu44).
# heldout12-16 joined at stop 31 (branch nlumiss32), commerce-chat-dev (a development set from the start) at nlu42,
# commerce-situations-dev (heldout29's twin, a development set from the start) at nlu44, commerce-voice-dev
# (heldout30's twin, a development set from the start) at nlu47, commerce-service-dev (heldout31's twin, a development
# set from the start) at nlu48, commerce-backstory-dev (heldout32's twin, a development set from the start) at nlu49,
# commerce-replies-dev (heldout33's twin, a development set from the start) at nlu50.
# The order-number dev sets are not pooled (mostly order_status; measured with `mesh nlu eval --also-train`,
# docs/INTENTS.md). `CommercePooledUtterancesTests` checks that these sets are pooled and no other held-out set is.
SPENT = ["commerce-heldout.txt"] + [f"commerce-heldout{k}.txt" for k in range(2, 17)] + [
    "commerce-heldout24.txt", "commerce-heldout25.txt", "commerce-heldout26.txt", "commerce-heldout28.txt",
    "commerce-asks-dev.txt", "commerce-needs-dev.txt", "commerce-registers-dev.txt", "commerce-chat-dev.txt",
    "commerce-situations-dev.txt", "commerce-voice-dev.txt", "commerce-service-dev.txt", "commerce-backstory-dev.txt",
    "commerce-replies-dev.txt"]

# (file, label, text after unmarking): labels that contradict docs/INTENTS.md, left out.
EXCLUDED = {
    # README: heldout10's six `shipping` lines about an existing order's lateness are `order.status`.
    ("commerce-heldout10.txt", "shipping", "When will order 70031 arrive? I need it before the 22nd"),
    ("commerce-heldout10.txt", "shipping", "hi order WEB448103 is late, it said 3-5 business days and it's been 9"),
    ("commerce-heldout10.txt", "shipping", "Still waiting!! (ORD-2024-020045)"),
    ("commerce-heldout10.txt", "shipping", "where is it??? ordered 2 weeks ago, order 6012 4471 9930"),
    ("commerce-heldout10.txt", "shipping", "Hello, I am waiting my order 10384726591 since 2 weeks, when it will come?"),
    ("commerce-heldout10.txt", "shipping",
     "My order number is BK-339102 and it's 5 days late. Tracking 9400111899223344556677 hasn't moved"),
    # docs/INTENTS.md (nlu40, nlu41): an existing order's parcel, its arrival date and what its tracking says are
    # `order.status` and `order.track` (`delivery.time` is before or without an order); guest checkout is
    # `account.create` and asking whether a preorder can be made is `product.availability`.
    ("commerce-heldout24.txt", "shipping", "when will it arrive? tracking 9400 1000 0000 0000 0000 00"),
    ("commerce-heldout24.txt", "shipping", "the one ending in 9021 - when will it be delivered? its a birthday gift"),
    ("commerce-heldout24.txt", "shipping", "hi my package hasnt come and tracking LX123456789CN hasnt moved since 10 days"),
    ("commerce-heldout24.txt", "shipping", "expected delivery date for #11209?"),
    ("commerce-heldout24.txt", "shipping",
     "it says out for delivery since yesterday, order #50912, Royal Mail tracking AB123456789GB"),
    ("commerce-heldout24.txt", "shipping", "tracking 1Z999AA10123456999 shows returned to sender, why?"),
    ("commerce-heldout24.txt", "shipping", "when will #4021 arrive"),
    ("commerce-heldout24.txt", "place_order", "can I buy as guest without making account, want the kettle"),
    ("commerce-heldout24.txt", "place_order", "is it possible to preorder the new console"),
    ("commerce-heldout25.txt", "place_order", "can i pre-order the new console, release 14.02?"),
    ("commerce-heldout25.txt", "shipping", "i paid for express delivery and it still hasn't come, order 4410291"),
    ("commerce-heldout25.txt", "shipping", 'What does "awaiting collection" mean on my tracking? Ref 1Z999AA10123456784'),
    # docs/INTENTS.md (nlu43, heldout26 read): the same kinds again, and a parcel marked delivered but not there is
    # `delivery.missing` (shipping), an item missing from a delivered box `delivery.damaged` ("incomplete", return_refund).
    ("commerce-heldout26.txt", "order_status", "hello good morning, my order ORD-2026-055031 shows delivered to parcel"
     " locker 4471 but locker is empty on my app, can you see where it is now"),
    ("commerce-heldout26.txt", "place_order", "how do i checkout as a guest without making an account"),
    ("commerce-heldout26.txt", "place_order", "can I preorder the console now or wait for launch"),
    ("commerce-heldout26.txt", "shipping",
     "the tracking 9400 1118 9922 3344 5566 77 has said out for delivery for 3 days, when will it really come"),
    ("commerce-heldout26.txt", "shipping", "item missing from the box, I got the shoes but not the socks, order #2217"),
    ("commerce-heldout26.txt", "shipping", "hey google when will my package from marketplace arrive"),
    ("commerce-heldout26.txt", "shipping", "where is the parcel it was supposed to come yesterday between 9 and 12"),
    ("commerce-heldout26.txt", "shipping",
     "the seller says it was sent but nothing in 3 weeks, tracking CN 002 449 118 CN, order 55-30218-77190"),
    ("commerce-heldout26.txt", "shipping", "ordernumber441902parcelnotarrivedyet"),
    ("commerce-heldout26.txt", "shipping", "marketplace.com/orders/9920318/tracking shows nothing, delivery was due 05/12"),
    # docs/INTENTS.md (nlu44, heldout28 read): the same kinds once more: guest checkout (`account.create`), an existing
    # order's parcel due yesterday (`order.status`), a tracking number that has not moved and what a tracking event
    # means (`order.track`).
    ("commerce-heldout28.txt", "place_order",
     "Is there a way to check out as a guest? I'd rather not register just to buy one birthday card"),
    ("commerce-heldout28.txt", "shipping", "the tracking number RR123456785CN hasnt updated in 18 days"),
    ("commerce-heldout28.txt", "shipping",
     "My order 55-10982-40113 was supposed to come yesterday between 8 and 12. Nobody came and nobody called."),
    ("commerce-heldout28.txt", "shipping",
     'https://market.example.com/orders/884102/track shows "exception" since Monday. What does that mean?'),
    # A question about the assistant's own likes is `smalltalk` (greeting), not out of scope.
    ("commerce-heldout28.txt", "out_of_scope", "do you dream?"),
    # docs/INTENTS.md (nlu44, `delivery.options`): customs and import duties on a parcel of ours, held at customs or
    # charged at the door, are shipping, as heldout24, 25, 28 and commerce-situations-dev label them.
    ("commerce-heldout26.txt", "order_status",
     "Hello, I am from Brazil and I buy the headphone with order #99031, tracking say in customs. How long it stay there?"),
    ("commerce-heldout26.txt", "payment", "why was i charged a customs fee of 18.40 after delivery"),
    # commerce-situations-dev (read on nlu44): ordering as a guest is `account.create`; an item missing from a
    # delivered box is `delivery.damaged` ("incomplete", return_refund).
    ("commerce-situations-dev.txt", "place_order", "how do I order as a guest without an account"),
    ("commerce-situations-dev.txt", "shipping", "missing item from grocery delivery, no milk and no eggs"),
    # docs/INTENTS.md (`refund.request`): the difference of a price that dropped after the purchase is a refund.
    ("commerce-situations-dev.txt", "payment", "price dropped 2 days after I bought it, 89 now 69, can I get the difference?"),
    # commerce-voice-dev (read on nlu47): when an existing, shipped order will arrive is `order.status` (nlu40, above);
    # a question about the assistant itself is `smalltalk` (greeting), as heldout28's "do you dream?".
    ("commerce-voice-dev.txt", "shipping",
     "um when will my parcel um arrive its been shipped already order two six nine nine four"),
    ("commerce-voice-dev.txt", "shipping", "will order 55087 arrive by friday"),
    ("commerce-voice-dev.txt", "shipping",
     "ok so the box was supposed to come tuesday then wednesday now it says friday whats going on 84915"),
    ("commerce-voice-dev.txt", "shipping", "I ordered a birthday present for my niece and her party is on the 19th. The"
     " website said 3-5 business days but it's been a week and tracking still says \"label created\". I'm worried it"
     " won't make it. Will 30628 get there before the 19th, or should I buy something locally?"),
    ("commerce-voice-dev.txt", "out_of_scope", "lol are you single"),
    # commerce-backstory-dev (read on nlu49): the same two kinds: when an existing order will arrive is `order.status`,
    # a question about the assistant itself is `smalltalk`.
    ("commerce-backstory-dev.txt", "shipping", "will 8801234 arrive by Friday? it's a birthday present"),
    ("commerce-backstory-dev.txt", "shipping", "when will my package arrive? it's been 3 days since it shipped, 2219837"),
    ("commerce-backstory-dev.txt", "shipping",
     "the estimated delivery keeps moving. first 2 Dec, then 5, now 9. is ORD-55190 actually going to come this week?"),
    ("commerce-backstory-dev.txt", "shipping", "My order 7728812 was supposed to arrive yesterday, the 4th. Tracking"
     " JD014600007744520011 shows \"out for delivery\" since then. Any idea when?"),
    ("commerce-backstory-dev.txt", "out_of_scope", "Are you single? 😉"),
}

MARK = re.compile(r"\{\{order:([^}]*)\}\}")


def contradicts(label, text):
    """The mechanical rules `CommerceGroupedUtterancesTests` holds the coarse lines to (docs/INTENTS.md):
    an invoice or receipt of ours is `order.invoice` (order_status), a parcel marked delivered but missing
    or lost is `delivery.missing` (shipping). Out-of-scope lines (another company's invoice) are exempt."""
    t = text.lower()
    if label == "out_of_scope":
        return False
    if "invoice" in t and "charged twice" not in t and label != "order_status":
        return True
    if ("delivered but" in t or "package lost" in t or "delivered to the wrong" in t) and label != "shipping":
        return True
    return False


def far_away():
    source = FAR_AWAY.read_text(encoding="utf-8")
    body = source.split("farAway: [String] = [", 1)[1].split("\n  ]", 1)[0]
    return {m.lower() for m in re.findall(r'^\s*"((?:[^"\\]|\\.)*)",?\s*$', body, re.M)}


def pooled():
    far = far_away()
    rows, labels, dropped = [], {}, {"contradicts": [], "far away": 0, "conflicting labels": 0, "repeated": 0}
    for name in SPENT:
        for raw in (DATA / name).read_text(encoding="utf-8").split("\n"):
            line = raw.strip()
            if not line or line.startswith("#") or "|" not in line:
                continue
            label, body = (part.strip() for part in line.split("|", 1))
            text = MARK.sub(lambda m: m.group(1), body)
            if (name, label, text) in EXCLUDED or contradicts(label, text):
                dropped["contradicts"].append(f"{name}: {label} | {text}")
                continue
            if text.lower() in far:
                dropped["far away"] += 1
                continue
            labels.setdefault(text.lower(), set()).add(label)
            rows.append((name, label, text))
    out, seen = [], set()
    for name, label, text in rows:
        key = text.lower()
        if len(labels[key]) > 1:
            dropped["conflicting labels"] += 1
            continue
        if key in seen:
            dropped["repeated"] += 1
            continue
        seen.add(key)
        out.append((name, label, text))
    return out, dropped


def render(rows):
    for _, _, text in rows:
        if '"""#' in text or "\n" in text:
            sys.exit(f"pool-intents.py: a line Swift's raw string cannot hold: {text}")
    counts = {}
    for name, _, _ in rows:
        counts[name] = counts.get(name, 0) + 1
    head = [
        "// Generated by mesh/scripts/pool-intents.py from mesh/data/intents: do not edit; run the script.",
        "",
        "extension CommerceUtterances {",
        "  /// The spent held-out and development sets' lines as coarse training data (issue 12, branch nlupool31):",
        "  /// read or tuned on already, so no longer honest measures, and the most varied labelled messages we",
        "  /// have. Order-number marks are plain text; lines whose label contradicts docs/INTENTS.md are left out",
        "  /// (the script says which). Lines per set:",
    ] + [f"  /// {n} {c}," for n, c in counts.items()] + [
        '  static let pooled = #"""',
    ]
    body = [f"{label} | {text}" for _, label, text in rows]
    return "\n".join(head + body + ['"""#', "}", ""])


def main():
    rows, dropped = pooled()
    text = render(rows)
    if sys.argv[1:] == ["--check"]:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"pool-intents.py: {OUT.relative_to(ROOT)} is stale: run mesh/scripts/pool-intents.py and commit it")
        print("pool-intents.py: pooled utterances are up to date")
        return
    if sys.argv[1:]:
        sys.exit(__doc__)
    OUT.write_text(text, encoding="utf-8")
    print(f"pool-intents.py: {len(rows)} lines; left out: {len(dropped['contradicts'])} by the label rules,"
          f" {dropped['conflicting labels']} with two labels, {dropped['repeated']} repeated, {dropped['far away']} far-away texts")
    for line in dropped["contradicts"]:
        print("  contradicts:", line)


if __name__ == "__main__":
    main()
