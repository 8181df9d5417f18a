"""Hand labels, page 3: Security Council resolution 2731 (2024), South Sudan sanctions renewal, UN meetings coverage."""
from common import S

D = "page_southsudan_res2731_2024_unmeetings.txt"
UN, SS, US = "United Nations", "South Sudan", "United States"
A3 = ["Algeria", "Guyana", "Mozambique", "Sierra Leone"]

ROWS = [
    (D, S(D, "The Security Council today renewed for another year"), UN, "condemning", "negative", SS,
     "the Council = United Nations; renewal of the embargo, travel bans and asset freezes = measure (as the 2018 imposition)"),
    (D, S(D, "Adopting resolution 2731 (2024) by a recorded vote"), UN, "condemning", "neutral", SS,
     "the vote count carries the Council's decision on the embargo = measure; the voting states' positions are given by their speakers below, so no rows for them here"),
    (D, S(D, "By other terms, the Council expressed its readiness"), UN, "neutral", "neutral", "",
     "review clause and reporting request = procedure"),
    (D, S(D, "It also called on the parties to the Revitalized Agreement"), UN, "calling_for_talks", "neutral", "",
     "'It' = the Council; appeal to implement the peace deal and halt violence, no judgement word; several parties -> target empty"),
    (D, S(D, "The representative of the United States, whose delegation drafted the text"), US, "condemning", "negative", SS,
     "'the representative of X' = X; backing the embargo (a measure) on a country awash with arms"),
    (D, S(D, "\"We are ready to look at easing these measures"), US, "condemning", "negative", SS,
     "multi-sentence quote closed by 'he said'; conditional offer, but the benchmarks are judged unmet and the measures kept (unsure: could be neutral)"),
    (D, S(D, "He added that the Panel of Experts had shown"), US, "supporting", "positive", UN,
     "praise of the UN Panel of Experts' work"),
]

A3_UNITS = [
    (S(D, "Speaking on behalf of the \"A3+\""), "condemning", "negative", UN,
     "Algeria speaks for the A3+: one row per listed state; the embargo 'holds back' the government = judgement on the Council's measure"),
    (S(D, "Soldiers of the Necessary Unified Forces, a pillar"), "condemning", "negative", UN,
     "'he said' mid-sentence = the Algerian speaker for the A3+; abstention explained by a grievance (the regime ignores progress) = judgement"),
    (S(D, "The group had put forward several compromise ideas"), "calling_for_talks", "neutral", UN,
     "'The group' = the A3+; complaint without a judgement word + appeal to the Council to work with Juba = cooperative course (unsure: could be condemning the penholder)"),
]
for sent, stance, senti, target, note in A3_UNITS:
    for state in A3:
        ROWS.append((D, sent, state, stance, senti, target, note))

ROWS += [
    (D, S(D, "China's representative, Geng Shuang, said that the embargo"), "China", "condemning", "negative", UN,
     "the embargo restricted the security forces = negative judgement on the Council's measure; praise of Juba folded in (rule 1)"),
    (D, S(D, "He regretted that the penholder had ignored"), "China", "condemning", "negative", US,
     "'regretted' aimed at the penholder (the US drafted the text) = judgement"),
    (D, S(D, "\"Sanctions must never become a means of coercion"), "China", "condemning", "negative", "",
     "quote closed by 'he said'; the renewal cast as coercion, no single actor named -> target empty"),
    (D, S(D, "The representative of the Russian Federation, Anna Evstigneeva"), "Russia", "condemning", "negative", UN,
     "'Moscow saw little sense' in renewing the measures = judgement on the Council's regime"),
    (D, S(D, "She accused the penholder of reaching for restrictions"), "Russia", "condemning", "negative", US,
     "accusation aimed at the penholder (the US)"),
    (D, S(D, "The representative of the United Kingdom said London had voted in favour"), "United Kingdom", "condemning", "negative", SS,
     "vote for the renewal = backing a measure on South Sudan, explained by violence and arms flows (unsure: no actor blamed)"),
    (D, S(D, "The speaker also welcomed the exemption"), "United Kingdom", "calling_for_talks", "positive", SS,
     "'The speaker' = the UK representative; welcome + encouragement to progress on the peace benchmarks, no judgement (rule 2 before 3)"),
    (D, S(D, "The representative of Switzerland said the text struck a reasonable balance"), "Switzerland", "calling_for_talks", "neutral", "",
     "approval of the text joined to an appeal for credible, peaceful elections; 'spoilers' not an actor"),
    (D, S(D, "Japan's representative said that his delegation stood ready"), "Japan", "supporting", "positive", SS,
     "offer of assistance = supporting"),
    (D, S(D, "The representative of France said that the embargo was not directed"), "France", "condemning", "negative", "",
     "judgement on 'those who kept arming militias' (unnamed) -> target empty"),
    (D, S(D, "Cecilia Adeng, Permanent Representative of South Sudan"), SS, "condemning", "negative", UN,
     "rejects the renewal with a grievance = judgement on the Council's decision"),
    (D, S(D, "\"You cannot ask us to protect our citizens"), SS, "condemning", "negative", UN,
     "multi-sentence quote closed by 'she said'; charge of inconsistency + demand to lift the embargo"),
    (D, S(D, "She assured the Council that Juba would keep cooperating"), SS, "neutral", "positive", "",
     "reassurance about its own conduct (capital as metonym) = neutral, positive (unsure: could be calling_for_talks)"),
]
