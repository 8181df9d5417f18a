# ------------------------------------------------------------------ Iraqi court ruling on Khor Abdullah; Kuwait's protest (Gulf state media in English, .txt, 2023-09-26)
d = "page_khorabdullah_kuwait_statemedia.txt"
# No rows: language switch, masthead, date line, menu, section path, headline ("ROUNDUP: ..."), views/print line,
# photo caption with credit, crossheads ("-- PROTEST NOTE --" ...), ADVERTISEMENT, "RELATED:" links, "(end) gs.ma",
# Related News, Most Read, tags, follow/subscribe prompts, copyright.
U(d, "Kuwait has made it clear to Baghdad, and to the world", "the Iraqi Federal Supreme Court's ruling against the accord.",
  ("Kuwait", C, neg, "Iraq", "dateline excluded; long lead: the PM's refusal of any unilateral step (condemning) with the week of diplomacy and the ruling as narration; Baghdad = object, New York = place"))
U(d, "The court, in a ruling issued on Monday, September 4", "Iraqi Council of Representatives.",
  ("Iraq", N, neu, "", "the Federal Supreme Court is an organ of the Iraqi state; its decision and reasoning with no judgement of Kuwait = neutral (unsure: could be background narration with no row)"))
# No row: "The agreement was signed in Baghdad on April 29, 2012, ..." (background: ratifications and deposit narrated)
U(d, "On Friday, September 15, Assistant Foreign Minister for Arab Homeland Affairs", "an official note of protest over the ruling.",
  ("Kuwait", C, neg, "Iraq", "formal protest handed to the ambassador = a measure against the other side; the Iraqi ambassador is only the recipient"))
U(d, "The note said the ruling rested on a distorted account", "according to a Foreign Ministry statement.",
  ("Kuwait", C, neg, "Iraq", "'distorted account' = judgement; attribution tail"))
U(d, "The Iraqi ambassador told reporters after the meeting", "to Baghdad at once.",
  ("Iraq", N, neu, "", "role only (the ambassador named in the previous sentence); procedure, no position on the substance"))
U(d, "Deputy Foreign Minister Ambassador Sheikh Jarrah Jaber Al-Ahmad Al-Sabah set out the same position", "closed a decade ago.",
  ("Kuwait", C, neg, "Iraq", "judgement of the ruling; the GCC-UK meeting is only the venue (no UK or GCC row)"))
# No row: "Kuwait's partners in the Gulf Cooperation Council rallied behind it." (summary line)
U(d, "Meeting at the headquarters of the Sultanate of Oman's permanent mission", "since it was published.",
  ("Kuwait", N, neu, "", "the foreign minister's briefing = Kuwait's act, no judgement in this sentence; the council only hears it; Oman's mission is a venue, not a position"))
U(d, "In its statement, the council said the court's reasoning rewrote the history", "ties with the Gulf states.",
  ("Gulf Cooperation Council", C, neg, "Iraq", "GCC Ministerial Council = GCC; judgement of the ruling and Iraq's course"))
U(d, "The council asked the Iraqi government to deal with the consequences", "without delay.",
  ("Gulf Cooperation Council", T, neg, "Iraq", "demand addressed to one side with no judgement word = calling_for_talks, negative"))
U(d, "The Kingdom of Saudi Arabia's Ministry of Foreign Affairs said in a separate statement", "under international agreements.",
  ("Saudi Arabia", S, pos, "Kuwait", "solidarity and support"))
U(d, "Qatar, Bahrain and the United Arab Emirates expressed the same solidarity", "the ties between their peoples.",
  ("Qatar", S, pos, "Kuwait", "list of three states = one row each; solidarity"),
  ("Bahrain", S, pos, "Kuwait", "same"),
  ("United Arab Emirates", S, pos, "Kuwait", "same"),
  ("Oman", T, pos, "", "hope for a settlement through dialogue, addressed to both neighbours -> target empty; news agencies are not actors"))
# No row: "On Wednesday, September 20, US Secretary of State Antony Blinken met ..." (a meeting listed in narrative)
U(d, "In a joint statement issued after the meeting, the United States and the GCC called for", "to be drawn in full.",
  ("United States", T, neu, "", "joint statement = one row per party; completing demarcation = a diplomatic course for both states -> target empty"),
  ("Gulf Cooperation Council", T, neu, "", "same"))
U(d, "They also pressed the Iraqi government to sort out, without delay", "continued to apply.",
  ("United States", T, neg, "Iraq", "pronoun 'They' = the US and the GCC; demand to one side, no judgement word"),
  ("Gulf Cooperation Council", T, neg, "Iraq", "same"))
U(d, "The statement further asked Iraq and the United Nations to spare no effort", "the national archives.",
  ("United States", T, neu, "", "humanitarian files: appeal addressed to Iraq and the UN (two addressees -> target empty)"),
  ("Gulf Cooperation Council", T, neu, "", "same"))
U(d, "Sheikh Salem also discussed the ruling in New York with US Assistant Secretary of State", "according to the Foreign Ministry.",
  ("United States", S, pos, "Kuwait", "position of the US official reported by Kuwait's foreign ministry; Washington = metonym inside the reported position; Kuwait's discussion itself is narration (no Kuwait row)"))
# No row: "Later on Wednesday, His Highness the Prime Minister received ... Al-Sudani ..." (meeting narrated)
U(d, "His Highness told his guest that Kuwait was waiting for the Iraqi government", "and soon.",
  ("Kuwait", T, neg, "Iraq", "demand to one side, no judgement word in this sentence; 'his guest' = Al-Sudani (object)"))
U(d, "He said the ruling had wronged Kuwait by presenting a false picture", "had to be put right.",
  ("Kuwait", C, neg, "Iraq", "pronoun 'He' = the PM; 'wronged', 'false picture' = judgement"))
U(d, "His Highness also expressed Kuwait's wish to complete the demarcation", "in accordance with international law.",
  ("Kuwait", T, pos, "", "wish to complete the boundary by agreement = diplomatic course"))
U(d, "Al-Sudani, for his part, affirmed Iraq's respect for its international obligations", "issued by the Prime Minister's office.",
  ("Iraq", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "Addressing the general debate of the General Assembly on Thursday, September 21", "the stability of the whole region at risk.",
  ("Kuwait", C, neg, "Iraq", "warning aimed at Iraq without naming it (Iraq clear from the page; unsure whether the target should be empty)"))
U(d, "\"Kuwait has always chosen dialogue with its neighbours", "His Highness said.",
  ("Kuwait", T, neu, "", "two-sentence quote closed by the speaker; dialogue, with a limit but no judgement word"))
# No row: "RELATED: ..." link titles
U(d, "In Baghdad, Iraqi Foreign Ministry spokesman Ahmed Al-Sahhaf rejected suggestions", "and nothing more.",
  ("Iraq", N, neg, "", "denial = neutral, negative; Baghdad = place"))
U(d, "On Tuesday, the media office of Prime Minister Al-Sudani said the government stood by", "international undertakings.",
  ("Iraq", T, pos, "", "commitment + wish for a settlement = diplomatic course"))
U(d, "It said disputes of this kind were best handled quietly", "on both sides.",
  ("Iraq", T, neu, "", "'It' = the media office; appeal for quiet diplomacy; the warning is aimed at politicians and commentators, not a canonical actor"))
U(d, "Al-Sudani said he was sure the two governments would find a way through", "the statement added.",
  ("Iraq", T, pos, "", "confidence that the two governments will settle it = hope for a negotiated settlement; attribution tail"))
# No row: "Several Iraqi members of parliament have hailed ..." (unnamed lawmakers, not actors)
U(d, "The United Nations Assistance Mission for Iraq (UNAMI) said it was following the matter", "keep up their contacts.",
  ("United Nations", T, neu, "", "UNAMI = United Nations; encouragement to keep talking"))
# No rows: background on the waterway and Resolution 833; the unnamed Kuwaiti academic ("told AGNS": not an actor).
