# ------------------------------------------------------------------ Security Council meeting on Israel's strikes on Iran (UN meeting coverage, 2024-10-28)
d = "page_unsc_israelstrikesiran2024_meeting.txt"
# Not statements: masthead, tagline, menu, section line, headline, meeting line, byline, printer/share line, ADVERTISEMENT,
# "Analysis" crosshead, meeting times, related list, subscribe prompt, copyright.
# "The Security Council met on Monday afternoon, ... with speaker after speaker warning ..." = summary lead, no row.
U(d, "The Council met at the request of Iran, with the support of Algeria", "the Russian Federation.",
  ("Iran", N, neu, "", "requesting a meeting = procedure (no judgement stated)"),
  ("Algeria", N, neu, "", "supporting the request for a meeting = procedure"),
  ("China", N, neu, "", "same"),
  ("Russia", N, neu, "", "Russian Federation = Russia; same"))
U(d, "Briefing the Council, Khaled Khiari, Assistant Secretary-General", "give diplomacy a chance.",
  ("United Nations", T, neg, "", "UN official; warning + appeal to both sides"))
U(d, "He said Israel had announced that its jets struck missile-production facilities", "damage to radar sites.",
  ("United Nations", N, neu, "", "facts relayed, no evaluation"))
U(d, "Turning to Gaza, he said the situation in the north of the Strip", "barely functioning.",
  ("United Nations", N, neg, "", "alarm without an appeal or a judgement = neutral"))
U(d, "Iran's representative, Amir Saeid Iravani, said the strikes were a flagrant breach", "when and how to answer them.",
  ("Iran", C, neg, "Israel", "judgement + threatened response"))
U(d, "He accused the United States of supplying the aircraft", "shared responsibility for it.",
  ("Iran", C, neg, "United States", "accusation, holding Washington co-responsible"))
U(d, "He also rejected the assertion that Iran's attack of 1 October had targeted civilians", "intelligence sites.",
  ("Iran", N, neg, "", "denial = neutral, negative tone"))
U(d, "Israel's representative, Danny Danon, said his country had done what any State would do", "limited to military targets.",
  ("Israel", C, neg, "Iran", "justification by describing Iran's missile fire on its cities = accusation (guide rule 4)"))
U(d, "He urged the Council to restore the sanctions lifted", "as a terrorist organization.",
  ("Israel", C, neg, "Iran", "call for sanctions and a terrorist listing of the IRGC (an Iranian state body)"))
U(d, "\"If Tehran chooses to test us again", "he said.",
  ("Israel", C, neg, "Iran", "threat"))
U(d, "The representative of the United States said Israel's strikes had been a measured exercise", "only at military targets.",
  ("United States", S, pos, "Israel", "approval of Israel's action as self-defence"))
U(d, "The United States' representative also warned Iran", "personnel in the region.",
  ("United States", C, neg, "Iran", "warning = threat"))
U(d, "The representative of the Russian Federation said the Council's Western members", "new round of escalation.",
  ("Russia", C, neg, "", "judgement of the Western members (several) -> target empty"))
U(d, "He said Moscow regarded the strikes on Iranian territory as a violation", "international law.",
  ("Russia", C, neg, "Israel", "'a violation of international law' = judgement"))
U(d, "China's representative said Beijing opposed Israel's violation", "cool the situation.",
  ("China", C, neg, "Israel", "'opposed Israel's violation' aimed at an actor = judgement, plus appeal: rule 1"))
U(d, "Algeria's representative said the Council could not keep treating attacks", "region burned around it.",
  ("Algeria", C, neg, "Israel", "judgement without a stock word ('occupying Power' = Israel by context)"))
U(d, "The United Kingdom's representative said Iran should not respond", "avoid a wider war.",
  ("United Kingdom", T, neu, "", "appeal to Iran and to all parties, no judgement; several addressees -> target empty"))
U(d, "France's representative said Paris was worried by the spiral", "actors in the region.",
  ("France", N, neg, "", "concern + contacts, no appeal = neutral"))
U(d, "Japan's representative expressed the hope that both countries would show restraint", "end with this round.",
  ("Japan", T, pos, "", "hope for restraint = calling_for_talks"))
U(d, "Speaking in her national capacity, the representative of Switzerland", "return to diplomacy.",
  ("Switzerland", T, pos, "", "welcome (no wider damage) joined to an appeal, no judgement: rule 2 before 3"))
U(d, "The Republic of Korea's representative said Seoul was deeply uneasy", "between the two States.",
  ("South Korea", N, neg, "", "Republic of Korea = South Korea; unease with no appeal = neutral"))
U(d, "Guyana's representative said the Council must not lose sight of Gaza", "there and in Lebanon.",
  ("Guyana", T, neu, "", "appeal for a ceasefire"))
U(d, "The representatives of Ecuador, Slovenia, Sierra Leone and Mozambique all called", "through dialogue.",
  ("Ecuador", T, neu, "", "list of states: one row each; appeal for restraint and dialogue"),
  ("Slovenia", T, neu, "", "same list"),
  ("Sierra Leone", T, neu, "", "same list"),
  ("Mozambique", T, neu, "", "same list"))
U(d, "Taking the floor again at the end of the meeting, Israel's representative said", "the Council's protection.",
  ("Israel", C, neg, "Iran", "accusation ('source of the war on seven fronts') + denial of standing"))
# "The Council took no action, and no product was proposed." = narration, no row.
U(d, "Elif Demir, who follows the Council for the independent research group Council Watch", "avoid a regional war.",
  ("Elif Demir", N, neu, "", "invented analyst; assessment"))
U(d, "\"The Swiss presidency should use the quiet weeks ahead", "Demir said.",
  ("Elif Demir", T, neu, "", "appeal for indirect talks"))
U(d, "Marcus Lindqvist, a former UN political officer now at the Nordic Institute", "sites untouched.",
  ("Marcus Lindqvist", N, neu, "", "invented former official, speaks for no body; analysis"))
