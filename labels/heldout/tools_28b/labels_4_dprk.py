# ------------------------------------------------------------------ DPRK reconnaissance satellite at the Security Council (UN meetings coverage, 2023-11-27)
d = "page_dprk_satellite_unsc_meetings.txt"
# no rows: menus, meeting number, symbol, date, headline and subheadline; the summary paragraph ("several members
# describing it as a breach ... while others said ...": summary before the specific statements); the list of
# the eight delegations that requested the meeting and the rule 37 line (procedure told in the UN's own voice)
U(d, "KHALED KHIARI, Assistant Secretary-General for the Middle East, Asia and the Pacific, said", "Sohae Satellite Launching Ground.",
  ("United Nations", N, neu, "", "the briefer = United Nations; facts of the launch, no evaluation"))
U(d, "The Secretary-General strongly condemned the launch, he said", "relevant Council resolutions.",
  ("United Nations", C, neg, "North Korea", "the SG's condemnation reported by the briefer, attribution mid-sentence"))
U(d, "He noted that the country had since announced", "partly suspended that agreement.",
  ("United Nations", N, neu, "", "pronoun subject = Khiari; facts he reports"),
  ("North Korea", N, neu, "", "position reported by another speaker: more launches announced + no longer bound by the 2018 agreement; withdrawal with no protest stated in the sentence = neutral (unsure: could be condemning South Korea)"),
  ("South Korea", N, neu, "", "its partial suspension reported as done, no reason given in the sentence"))
U(d, "\"I urge the Democratic People's Republic of Korea to stop further launches", "Khiari said.",
  ("United Nations", T, neg, "", "two appeals: to the DPRK, then to every party -> target empty; no judgement word"))
U(d, "LINDA THOMAS-GREENFIELD (United States) said the launch was a flagrant breach", "carrying nuclear weapons.",
  ("United States", C, neg, "North Korea", "speaker in capitals with delegation; Pyongyang = metonym"))
U(d, "\"This is not a peaceful space venture.", "she said.",
  ("United States", C, neg, "North Korea", "two-sentence quote closed by pronoun"))
U(d, "She turned to two permanent members of the Council", "attempt at a response.",
  ("United States", C, neg, "", "China and Russia not named -> target empty"))
U(d, "ISHIKANE KIMIHIRO (Japan) said the rocket had flown over Okinawa Prefecture", "could not accept.",
  ("Japan", C, neg, "North Korea", "'grave threat ... could not accept'"))
U(d, "He urged Pyongyang to respond to repeated offers of dialogue", "without delay.",
  ("Japan", T, neu, "North Korea", "appeal for dialogue to one party; abduction issue as part of the demand, no judgement word"))
U(d, "JAMES KARIUKI (United Kingdom) said the launch was a further step", "serious food insecurity.",
  ("United Kingdom", C, neg, "North Korea", "judgement: ignores the Council, diverts resources from its people"))
U(d, "NICOLAS DE RIVIÈRE (France) joined others in condemning the launch", "reading clearly.",
  ("France", C, neg, "North Korea", "condemnation + remark on the Council's silence"))
U(d, "HWANG JOONKOOK (Republic of Korea) said the satellite was part of a plan", "taken in response.",
  ("South Korea", C, neg, "North Korea", "Republic of Korea = South Korea; accusation + own measure justified; Seoul = metonym"))
U(d, "\"We did not choose this path. Pyongyang did,\" he said.", "he said.",
  ("South Korea", C, neg, "North Korea", "blame; quote closed by pronoun"))
U(d, "He added that Seoul remained open to dialogue with the North", "at any level.",
  ("South Korea", T, pos, "North Korea", "offer of dialogue; 'the North' = North Korea"))
U(d, "KIM SONG (Democratic People's Republic of Korea) said his country had exercised", "in and around the peninsula.",
  ("North Korea", N, neu, "", "justification of its own launch (a sovereign right), no judgement word = neutral, like a state justifying its drills"))
U(d, "He said the United States had turned the region into a staging ground for war", "an attack on his country.",
  ("North Korea", C, neg, "United States", "accusation of the US"))
U(d, "\"It is the height of hypocrisy for a country with thousands of satellites", "he said.",
  ("North Korea", C, neg, "United States", "'hypocrisy' aimed at the US (named in the previous sentence)"))
U(d, "His country did not recognize any Council resolution", "launch further satellites as planned.",
  ("North Korea", C, neg, "United Nations", "rejects the Council's resolutions in protest + announces more launches; attribution tail 'he added'"))
U(d, "GENG SHUANG (China) said all parties should remain calm", "escalate tensions.",
  ("China", T, neu, "", "restraint appeal to all parties"))
U(d, "He said the Council should not look at the satellite launch in isolation", "insecurity on the peninsula.",
  ("China", C, neg, "", "blame on 'the United States and its allies' (several) -> target empty"))
U(d, "Beijing supported a political settlement", "resume meaningful dialogue.",
  ("China", T, neu, "", "Beijing = metonym; attribution tail 'he said'; dialogue"))
U(d, "ANNA EVSTIGNEEVA (Russian Federation) said Washington and its allies bore responsibility", "security concerns.",
  ("Russia", C, neg, "", "Russian Federation = Russia; blame on Washington and its allies (several) -> target empty"))
# no row: "Several members, while voicing concern, put the emphasis on diplomacy." (summary line)
U(d, "SÉRGIO FRANÇA DANESE (Brazil) said his country was concerned", "channels of communication.",
  ("Brazil", T, neg, "", "concern + appeal to both Koreas -> target empty"))
U(d, "Speaking for the three African members of the Council, Gabon, Ghana and Mozambique", "resume dialogue.",
  ("Gabon", T, pos, "", "joint statement of three states read by one: one row per state listed; appeal to the parties"),
  ("Ghana", T, pos, "", "the speaker's own state, speaking for the three"),
  ("Mozambique", T, pos, "", "third state listed"))
U(d, "FERIT HOXHA (Albania) said the Council had now met many times", "an embarrassment.",
  ("Albania", C, neg, "United Nations", "judgement of the Council's inaction (the UN organ) as the object"))
U(d, "Taking the floor a second time, the representative of the Democratic People's Republic of Korea said", "echoes of Washington.",
  ("North Korea", C, neg, "", "refusal in protest + dismissal of ROK and Japan as echoes of the US (several) -> target empty"))
U(d, "The representative of the United States, also speaking again, said the only threat", "posed to its neighbours.",
  ("United States", C, neg, "North Korea", "reply; judgement of Pyongyang"))
# no rows: Background section (earlier failed launches, 2017 resolution, 2022 veto, resolution 1718 regime);
# "The Council took no action ..." (narration); meeting times; "For information media. Not an official record.";
# related documents, press releases, webcast, share, footer
