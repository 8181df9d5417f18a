# ------------------------------------------------------------------ US strikes on Fordow, Natanz and Isfahan (live blog, scraped .txt, 2025-06-22)
d = "page_iranstrikes_liveblog.txt"
# No rows: masthead, menu, LIVE badge, headline, standfirst, bylines, key events, entry timestamps and headings, Share /
# Updated lines, ADVERTISEMENT, photo captions, Summary bullets, "Show earlier updates", Related, Topics, Most viewed,
# newsletter, footer.
U(d, "Iran's state broadcaster reports that parliament has approved a measure", "world's oil passes.",
  ("Iran", C, neg, "", "parliament = Iran; the broadcaster only reports; closing the strait = a threatened response (no one named -> target empty)"))
# no row: "The vote is not binding: ..." (procedure explained by the blog)
U(d, "US Secretary of State Marco Rubio warned Tehran", "not to do it.",
  ("United States", C, neg, "Iran", "warning to Tehran (metonym) decides over the appeal to Beijing in the same sentence (rule 1)"))
U(d, "Vice President JD Vance said in a television interview", "drawn-out war.",
  ("United States", N, neu, "", "reassurance about own aims = neutral"))
# no row: "Governments in the region have reacted with a mixture of alarm and anger." (summary line)
U(d, "Saudi Arabia's foreign ministry said the kingdom was watching developments", "political settlement.",
  ("Saudi Arabia", T, neg, "", "'the kingdom'; unease + appeal for restraint, no judgement"))
U(d, "Oman, which had been mediating between Washington and Tehran, condemned", "widen the war.",
  ("Oman", C, neg, "United States", "the mediation in the relative clause is background; Washington and Tehran are objects"))
U(d, "Pakistan, which only a day earlier had said it would put Trump forward", "broke international law.",
  ("Pakistan", C, neg, "United States", "the Nobel nomination in the relative clause is background (no second row); the attacks are the US's (page context, 'the American strikes' above)"))
U(d, "Defense Secretary Pete Hegseth told a Pentagon briefing", "soldiers or civilians.",
  ("United States", N, neu, "", "own strike reported + reassurance about aims, no judgement"))
U(d, "He was speaking alongside Gen. Dan Caine", "on Fordow and Natanz.",
  ("United States", N, neu, "", "'He' = Hegseth is not the speaker of the position: Caine (introduced inside the sentence) gives figures; a general speaks for his state"))
U(d, "Iran's foreign minister, Abbas Araghchi, told reporters in Istanbul", "its sovereignty and its people.",
  ("Iran", C, neg, "United States", "accusation + 'every option' threat; Istanbul = place"))
U(d, "\"Two days ago we were sitting with the Europeans in Geneva.", "he said.",
  ("Iran", C, neg, "United States", "multi-sentence quote closed by 'he said'; Washington = metonym as the object of blame; the Europeans are mentioned, not speakers"))
U(d, "Araghchi said he would travel to Moscow later on Sunday", "Vladimir Putin.",
  ("Iran", N, neu, "", "surname only; own travel plan; Putin is an object"))
U(d, "Russia's foreign ministry said Washington's bombing", "end to the aggression.",
  ("Russia", C, neg, "United States", "judgement + demand (rule 1); 'Washington's' possessive = the target, not a speaker"))
U(d, "Dmitry Medvedev, deputy chairman of Russia's security council, wrote on Telegram", "in the Middle East.",
  ("Russia", C, neg, "United States", "Russia's Security Council (not the UN's) = Russia; mockery/accusation of the US president"))
U(d, "The Houthis in Yemen, who had warned on Saturday", "on Israel's behalf.",
  ("Houthis", C, neg, "United States", "judgement of the strikes; Saturday's threat is background in the relative clause (same actor, one row)"))
U(d, "Hamas said the American strikes were a crime", "whole region.",
  ("Hamas", C, neg, "United States", "judgement"))
U(d, "China's foreign ministry said it strongly condemned the US attacks", "return to dialogue.",
  ("China", C, neg, "United States", "condemnation + ceasefire appeal to the parties, 'above all Israel': rule 1"))
U(d, "Kaja Kallas, the EU's foreign policy chief, called on every party", "crisis on Monday.",
  ("European Union", T, neg, "", "appeal to all parties; 'the bloc's' ministers meeting = plan in the same sentence"))
U(d, "Keir Starmer said the world could not live with an Iranian nuclear weapon", "negotiating table.",
  ("United Kingdom", T, neu, "Iran", "name only; approval of the US strikes + appeal to Tehran to negotiate, no explicit judgement: rule 2 before rule 3 (unsure: could be supporting the US)"))
U(d, "Japan's prime minister, Shigeru Ishiba, told reporters that calming the situation", "had to stop.",
  ("Japan", T, neu, "", "de-escalation appeal first; 'had to stop' on Iran's nuclear pursuit is a demand without a judgement word (unsure)"))
U(d, "The UN nuclear watchdog says there has been no increase", "three locations.",
  ("IAEA", N, neu, "", "'the UN nuclear watchdog' = IAEA (name files); measurement"))
U(d, "Its director general, Rafael Grossi, said the agency would keep", "became available.",
  ("IAEA", N, neu, "", "possessive 'Its' = the watchdog; monitoring plan"))
# no row: "Sirens sounded across Israel ..." (scene and casualties from the ambulance service, not a named actor)
U(d, "Israel's military said about 30 missiles had been fired from Iran", "intercepted.",
  ("Israel", N, neu, "", "the army speaks for its state; figures of the other side's barrage (neutral tone, guide), no judgement word (unsure: an accusation by description would be condemning)"))
U(d, "Iran's Revolutionary Guards said the barrage had targeted Ben Gurion airport", "within their range.",
  ("Iran", C, neg, "United States", "own strike + warning that US bases are in range = threat aimed at the US"))
U(d, "Iran's Atomic Energy Organisation said the American attacks were a breach", "would not be halted.",
  ("Iran", C, neg, "United States", "state agency; judgement + defiance"))
# no row: the Tehran resident
U(d, "Israeli Prime Minister Benjamin Netanyahu thanked Trump", "hand in hand.",
  ("Israel", S, pos, "United States", "thanks and praise"))
U(d, "Israel's opposition leader, Yair Lapid, also backed the strikes.", "backed the strikes.",
  ("Yesh Atid", S, pos, "United States", "opposition leader = his party (as in earlier batches); short sentence"))
U(d, "UN Secretary-General António Guterres said the US action marked a perilous turn", "not more force.",
  ("United Nations", T, neg, "", "alarm at the effect + appeal for diplomacy, no judgement of an actor = calling_for_talks"))
U(d, "\"Bombs will not settle this.", "he said in a statement.",
  ("United Nations", T, neg, "", "quote continued in the next paragraph, closed by 'he said'; appeal to every member state"))
U(d, "Trump warned on Truth Social that if Iran struck back", "seen overnight.",
  ("United States", C, neg, "Iran", "conditional threat"))
U(d, "Flanked by JD Vance, Marco Rubio and Pete Hegseth at the White House", "wiped out.",
  ("United States", N, pos, "", "own strike reported as a success, no judgement; the three flanking officials are not speakers"))
U(d, "\"Tehran can choose peace now.", "he said.",
  ("United States", C, neg, "Iran", "peace offer + threat of more strikes: the threat decides"))
U(d, "Donald Trump has announced on Truth Social that US aircraft have struck", "on their way home.",
  ("United States", N, neu, "", "own strike reported as done"))
# no row: oil traders
