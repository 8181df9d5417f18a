# ------------------------------------------------------------------ UN Security Council resolution 2681 on the Taliban's ban on Afghan women working for the UN (UN meetings coverage, 2023-04-27)
d = "page_afghanistan_res2681_2023_unmeetings.txt"
# Not statements: site header, breadcrumb, document number, date, meeting number, headline, subheadline, crossheads ("Briefing", "Statements"), meeting times, "For information media" line, related links, follow line, copyright.
# Delegations are given as 'the representative of X' and later 'he'/'she' (meetings-coverage register); each speaks for its state.
# The Taliban (de facto authorities) are labelled 'Taliban' (canonical); the Afghan seat (held by the former Republic's envoy) is 'Afghanistan' (unsure).
U(d, "The Security Council this afternoon unanimously adopted a resolution", "workplaces and public life.",
  ("United Nations", C, neg, "Taliban", "the Council rejects the ban and demands a roll-back: rejection of an actor's decision = condemning"))
U(d, "By the terms of resolution 2681 (2023), the Council said the ban", "delivery of life-saving aid.",
  ("United Nations", C, neg, "Taliban", "judgement of the ban ('without precedent', 'gravely hamper') without stock words"))
U(d, "The Council also asked all States and organizations to use their influence", "of critical importance.",
  ("United Nations", T, neu, "", "appeal to states to press for reversal + continued presence, no judgement in this sentence"))
# "Since 5 April, some 3,300 Afghan national staff ..." = figures with no named source, no row.
U(d, "Before the vote, the Council heard from Zarmina Hakimi", "while their families went hungry.",
  ("Zarmina Hakimi", N, neg, "", "invented civil-society briefer (person); account of the ban's effects without an explicit judgement (unsure: could be read as an accusation)"))
U(d, "\"Each decree is smaller than the one before it", "contact with the de facto authorities.",
  ("Zarmina Hakimi", C, neg, "Taliban", "judgement of the decrees + appeal to the Council: rule 1; attribution in mid-sentence"))
U(d, "The representative of the United Arab Emirates, speaking also for Japan", "had become.",
  ("United Arab Emirates", C, neg, "Taliban", "co-penholders speaking jointly; the Taliban's isolation as a judgement"),
  ("Japan", C, neg, "Taliban", "'speaking also for Japan' = joint statement, one row per state"))
U(d, "The Islamic faith gives women their place in work and learning, she said", "shut them out of either.",
  ("United Arab Emirates", C, neg, "Taliban", "'she' = the UAE representative; rebuttal of the Taliban's religious justification = judgement without a stock word (unsure)"))
U(d, "The representative of Japan said his country would keep working", "emergency food and health support.",
  ("Japan", S, pos, "United Nations", "backing of UNAMA + new aid = supporting"))
U(d, "He urged the de facto authorities to talk to the Mission", "behind closed doors.",
  ("Japan", T, neu, "Taliban", "appeal for dialogue; the closing clause describes, does not condemn (unsure)"))
U(d, "The representative of the United States said the edict was a deliberate attack", "claim to seek.",
  ("United States", C, neg, "Taliban", "judgement"))
U(d, "Washington would continue to back the Mission's work", "she added.",
  ("United States", S, pos, "United Nations", "backing of the UN mission and of Afghan women"))
U(d, "The representative of the United Kingdom said her delegation had co-sponsored", "stayed in force.",
  ("United Kingdom", C, neg, "Taliban", "judgement + warning that recognition and sanctions relief stay withheld = condemning"))
U(d, "The representative of France said the Taliban had turned the oppression", "until it was reversed.",
  ("France", C, neg, "Taliban", "judgement without stock words"))
U(d, "The representative of China said his delegation had voted in favour", "expectations of the international community.",
  ("China", T, neu, "Taliban", "vote + shared concern + hope that the authorities respond, no judgement = calling_for_talks"))
U(d, "However, he said, the country's most urgent problem was economic", "the country holding them.",
  ("China", C, neg, "United States", "blame of the state holding the frozen assets (the United States, clear from context) without naming it"))
U(d, "Sanctions imposed from outside had only deepened the suffering", "he added.",
  ("China", C, neg, "", "judgement of sanctions; imposers unnamed -> target empty"))
U(d, "The representative of the Russian Federation, speaking in his national capacity", "to isolate Afghanistan.",
  ("Russia", S, neu, "United Nations", "support for the Council's text, with a caution aimed at no named actor (unsure: could be neutral)"))
U(d, "Isolation had never worked, he said, calling for a patient dialogue", "the Moscow format.",
  ("Russia", T, neu, "Taliban", "appeal for dialogue with Kabul (= the de facto authorities)"))
U(d, "The representative of Mozambique, speaking also for Gabon and Ghana", "channels of communication open.",
  ("Mozambique", T, neg, "", "concern + appeal to keep channels open; addressed to two parties -> target empty"),
  ("Gabon", T, neg, "", "joint statement of the three African members, one row per state"),
  ("Ghana", T, neg, "", "joint statement of the three African members, one row per state"))
U(d, "The representative of Switzerland said humanitarian work could not be done without women", "to reverse course.",
  ("Switzerland", T, neu, "Taliban", "demand to reverse course without a judgement word = calling_for_talks (README: demand to one side to stop)"))
U(d, "Her delegation had decided to keep funding local partners", "she said.",
  ("Switzerland", S, pos, "", "continued funding = backing by act; partners not canonical -> target empty"))
U(d, "The representative of Malta said the bans amounted to gender persecution", "held to account.",
  ("Malta", C, neg, "Taliban", "'those responsible' = the Taliban; crime against humanity + accountability"))
U(d, "The representative of Ecuador said his country was alarmed", "consultations closely.",
  ("Ecuador", N, neg, "", "alarm + monitoring, no appeal = neutral, negative"))
U(d, "The representative of Brazil said the Council had acted with one voice", "conditional on political objectives.",
  ("Brazil", T, neu, "", "welcome of the unanimity joined to an appeal on unconditional humanitarian aid, no judgement: rule 2 (unsure: could be supporting)"))
U(d, "The representative of Albania said the Taliban were running a regime of fear", "business as usual with them.",
  ("Albania", C, neg, "Taliban", "judgement + refusal of normal dealings"))
U(d, "The representative of Afghanistan welcomed the resolution", "the Council's full attention.",
  ("Afghanistan", S, pos, "United Nations", "welcome + thanks; the seat holder (former Republic's envoy) = Afghanistan (unsure)"))
U(d, "He said the Taliban had ignored every earlier appeal", "designed the edicts.",
  ("Afghanistan", C, neg, "Taliban", "judgement + call for travel bans (sanctions) = condemning"))
