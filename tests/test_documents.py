"""Reading documents: encodings, non-prose lines, digests split into articles."""

from pathlib import Path

from pipeline import config
from pipeline.documents import is_heading, paragraphs_frame
from pipeline.inputs import decode, read_all


def test_decode_handles_bom_crlf_latin1_and_utf16():
    assert decode("\ufeffBaku said.\r\n".encode("utf-8")) == "Baku said.\r\n"
    assert decode("Élysée said.".encode("latin-1")) == "Élysée said."
    assert decode("Kyiv said.".encode("utf-16")) == "Kyiv said."
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") is None


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Paris said so.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Baku said so.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    documents, skipped = read_all([tmp_path])
    assert [d.id for d in documents] == ["1.txt", "2.txt"]
    assert skipped == []


def test_missing_path_and_empty_folder_are_reported_not_fatal(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    _, skipped = read_all([tmp_path / "nope.txt", tmp_path / "empty"])
    reasons = {Path(s.where).name: s.reason.split(" (")[0] for s in skipped}
    assert reasons["nope.txt"] == "no such file or folder"
    assert reasons["empty"].startswith("folder has no .txt")


def test_headings_bylines_urls_and_datelines_are_not_prose():
    text = (
        "Azerbaijan’s Aliyev pulls out of talks with Armenia and EU\n\nReuters\nOct 4 2023\n"
        "  • Azerbaijani leader drops out on eve of meeting in Spain\n"
        "Oct 4 (Reuters) – Azerbaijan's President Ilham Aliyev on Wednesday pulled out of a meeting.\n"
        "Reporting by Mark Trevelyan; Editing by Gareth Jones\n"
        "https://www.reuters.com/world/some-story/\n"
        "See alsoArmenia-Azerbaijan: Armenians join paramilitary groups\n"
    )
    frame = paragraphs_frame({"d.txt": text})
    assert frame["text"].tolist() == ["Azerbaijan's President Ilham Aliyev on Wednesday pulled out of a meeting."]
    # the offset points at the paragraph in the original text, dateline excluded
    row = frame.iloc[0]
    assert text[row.offset:row.offset + len(row.text)] == row.text


def test_a_link_with_the_agencys_date_stamp_after_it_is_not_prose():
    text = ("DPRK statement\n\nPyongyang, October 4 (KCNA) -- The ministry rejected the resolution.\n\n"
            "www.kcna.kp (Juche112.10.4.)\n")
    assert paragraphs_frame({"d.txt": text})["text"].tolist() == ["The ministry rejected the resolution."]


def test_an_agencys_end_mark_closes_the_last_paragraph_which_stays_prose():
    text = ("Ministry statement\n\nRIYADH, Sept 17 (KUNA) -- The ministry condemned the raid.\n\n"
            "The ministry held the occupying forces accountable for the raid. (end)\n\n"
            "We are watching the moves of the US closely. -0-\n\n"
            "The ministry reiterated its rejection of violence. (QNA)\n")
    assert paragraphs_frame({"d.txt": text})["text"].tolist() == [
        "The ministry condemned the raid.", "The ministry held the occupying forces accountable for the raid.",
        "We are watching the moves of the US closely.", "The ministry reiterated its rejection of violence."]


def test_heading_detection():
    assert is_heading("Proposed talks")
    assert is_heading("“Under the complicit eye of Russia”")
    assert not is_heading("Russia said it was “concerned.”")
    assert not is_heading("Paris believes that the EU must send the same signals as France does:")


def test_seed_digest_is_split_into_its_nine_articles():
    text = (config.SEEDS_DIR / "004_6a8481b3fac5c595.txt").read_text(encoding="utf-8")
    frame = paragraphs_frame({"004.txt": text})
    assert frame["article"].nunique() == 9
    plain = paragraphs_frame({"000.txt": (config.SEEDS_DIR / "000_14652ea6efdfef53.txt").read_text("utf-8")})
    assert plain["article"].nunique() == 1


def test_long_line_is_cut_into_bounded_paragraphs():
    text = ("word " * 10_000).strip() + "."
    frame = paragraphs_frame({"long.txt": text})
    assert frame["text"].str.len().max() <= 20_000


# --- page furniture of scraped pages: never statements, never a prose paragraph ------------------

import pytest  # noqa: E402

from pipeline.documents import is_boilerplate, is_caption, is_page_prompt  # noqa: E402

FURNITURE = [
    "(Photo: AFP)",
    "Firefighters work at a damaged depot on Tuesday. (Photo: Jan Novak/AFP via Getty Images)",
    "A convoy waits at the crossing, March 3, 2024. (AP Photo/Lee Park)",
    "The envoy arrives for the meeting in Geneva, Switzerland, May 2, 2023. REUTERS/Anna Berg",
    "Reuters/John Smith",
    "Getty Images",
    "File photo",
    "ADVERTISEMENT",
    "Advertisement - scroll to continue",
    "1 of 6",
    "Share this article",
    "Share This Story, Choose Your Platform!",
    "Share  Facebook  X  WhatsApp  Email  Copy link",
    "Sign up for our Africa newsletter: the week's top stories in your inbox.",
    "Sign up here.",
    "By signing up you agree to our Terms and Privacy Policy.",
    "Related: What the ceasefire deal says, clause by clause",
    "(More Horn of Africa stories.)",
    "Read more",
    "Click here to read the full report",
    "Follow us on Telegram",
    "Follow China Insight Daily on WeChat and Weibo for breaking news.",
    "Scan the QR code to subscribe.",
    "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.",
    "© 2025 The Lakeside Courier. All rights reserved.",
    "Copyright 2024 The Associated Press. All Rights Reserved.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "For information media. Not an official record.",
    "Agency writers Ana Lima in Quito and Tom Reed in Lima contributed to this report.",
    "Continue reading...",
    "WATCH: Drone footage of the strike",
    "Unofficial English translation prepared by the Directorate of Information. In case of any difference, the Malay "
    "version prevails.",
    "[Unofficial translation of the transcript. Only the spoken word is authentic.]",
    "The video recording of this briefing is available on the Ministry's YouTube channel.",
]
PROSE = [
    "Reuters said Kenya would not attend any talks that included Ethiopia.",
    "AFP reported that the convoy had reached the border town.",
    "Share prices fell after the ministry said the talks had collapsed.",
    "The ministry said it would share intelligence with Kenya.",
    "Related talks in Doha ended without agreement, the foreign ministry said.",
    "Follow-up talks are due next week, Ruto said.",
    "Signing up to the deal would be a mistake, the president said.",
    "Copyright law was not on the agenda, the minister added.",
    "The photo, released by AP, showed the damaged convoy, officials said.",
    "He said 1 of 6 hostages had been released.",
    "Read the full statement before judging it, the ministry told reporters.",
    "Peru said it would follow the case closely (a formal note was sent).",
    "Watch the ministry closely, analysts said.",
    "Pakistan will follow China on this question, the foreign minister said.",
    "Continued shelling was reported, the army said.",
    "In case of any attack on its ships, Iran would respond, the foreign minister said.",
    "The video recording showed the soldiers firing, the ministry said.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_is_boilerplate(line):
    assert is_boilerplate(line)
    assert is_caption(line) or is_page_prompt(line) or is_boilerplate(line)


@pytest.mark.parametrize("line", PROSE)
def test_furniture_filters_never_eat_prose(line):
    assert not is_boilerplate(line)
    assert not is_caption(line) and not is_page_prompt(line)


def test_a_scraped_page_keeps_its_prose_only():
    page = "\n\n".join([
        "Skip to main content", "ADVERTISEMENT", "Talks stall as shelling resumes",
        "1 of 6", "Residents queue for water in the city on Monday. (Photo: Jan Novak/Reuters)",
        "Chile condemned the shelling on Monday.", "Share this article", "Talks stall as shelling resumes",
        "Related: The long road to the ceasefire", "Peru said it would send aid.", "(More Andes stories.)",
        "© 2025 The Andes Post. All rights reserved.",
    ])
    frame = paragraphs_frame({"p.txt": page})
    assert frame["text"].tolist() == ["Chile condemned the shelling on Monday.", "Peru said it would send aid."]


def test_a_headline_repeated_in_the_body_is_not_prose():
    page = "Chile condemns the shelling\nMar 3 2024\nChile condemns the shelling.\nChile condemned the attack.\n"
    frame = paragraphs_frame({"p.txt": page})
    assert frame["text"].tolist() == ["Chile condemned the attack."]


def test_headings_can_be_kept_as_context_without_taking_paragraph_numbers():
    page = "Chile and Peru trade blame\n\nChile condemned the attack.\n\nPeru denied it.\n"
    plain = paragraphs_frame({"p.txt": page})
    kept = paragraphs_frame({"p.txt": page}, keep_headings=True)
    assert kept["heading"].tolist() == [True, False, False]
    assert kept.loc[~kept["heading"], "paragraph"].tolist() == plain["paragraph"].tolist()


def test_a_wire_dateline_with_a_double_dash_is_cut():
    frame = paragraphs_frame({"d.txt": "Beijing, May 7 (Xinhua) -- China firmly opposes the deployment, a spokesperson said.\n"})
    assert frame["text"].tolist() == ["China firmly opposes the deployment, a spokesperson said."]


@pytest.mark.parametrize("line", ["ABU DHABI, 14th April, 2024 (WAM) -- The UAE expressed deep concern.",
                                  "MOSCOW, March 3. /TASS/. The UAE expressed deep concern.",
                                  "Addis Ababa, 5 May 2024 (ENA) - The UAE expressed deep concern.",
                                  "Riyadh, July 16, 2025, SPA -- The UAE expressed deep concern."])
def test_agency_datelines_with_ordinal_dates_and_slashes_are_cut(line):
    assert paragraphs_frame({"d.txt": line + "\n"})["text"].tolist() == ["The UAE expressed deep concern."]


def test_a_standfirst_in_headline_ese_under_the_headline_is_a_heading():
    text = ("Mozambique: 21 dead as court confirms election result\n"
            "Interior minister reports 236 acts of violence; SADC calls for dialogue as South Africa shuts a border post.\n"
            "At least 21 people have been killed, Interior Minister Pascoal Ronda said on Tuesday.\n"
            "SADC calls for dialogue as South Africa shuts a border post; the bloc meets on Friday.\n")
    frame = paragraphs_frame({"a.txt": text}, keep_headings=True)
    assert frame["heading"].tolist() == [True, True, False, False]  # only right under the headline
    assert paragraphs_frame({"b.txt": "\n".join(text.split("\n")[2:])})["text"].str.startswith("At least").any()


def test_a_ticker_strung_on_one_line_is_furniture():
    from pipeline.documents import is_boilerplate

    assert is_boilerplate('GDF on high alert as Caracas unveils map ++ Flights operating normally, says GCAA ++ BREAKING:')
    assert not is_boilerplate("Guyana's army said it was on high alert after Caracas unveiled a new map.")


def test_a_un_readout_s_present_tense_lines_under_a_section_heading_are_prose():
    text = ("Highlights of the noon briefing\n\nSOUTH SUDAN\n\n"
            "The Secretary-General is deeply alarmed by the detention of the First Vice-President and by reports of fighting.\n\n"
            "He calls on all the parties to release detained officials.\n\n"
            "He urges the parties to return to the agreement.\n")
    frame = paragraphs_frame({"a.txt": text}, keep_headings=True)
    assert frame["heading"].tolist() == [True, True, False, False, False]


def test_only_one_standfirst_follows_a_headline():
    text = ("Mozambique: 21 dead as court confirms election result\n\n"
            "Interior minister reports 236 acts of violence; SADC calls for dialogue.\n\n"
            "SADC calls for dialogue as South Africa shuts a border post; the bloc meets on Friday.\n")
    frame = paragraphs_frame({"a.txt": text}, keep_headings=True)
    assert frame["heading"].tolist() == [True, True, False]


_WRAPPED = ("Kenya condemns attack on border post\n\n"
            "NAIROBI, March 3 (Reuters) - Kenya on Monday condemned an attack on\n"
            "its border post near Mandera, saying those responsible would be hunted\n"
            "down and brought to justice.\n\n"
            "\"This cowardly act will not go unpunished,\" Interior Minister Kipchumba\n"
            "Murkomen told reporters in Nairobi.\n")


def test_a_hard_wrapped_text_keeps_its_paragraphs_whole():
    from pipeline.documents import hard_wrapped

    assert hard_wrapped(_WRAPPED)
    assert not hard_wrapped("Kenya condemns attack\nKenya condemned the attack.\nThe UN urged restraint.\n")
    frame = paragraphs_frame({"a.txt": _WRAPPED})
    assert frame["text"].tolist() == [
        "Kenya on Monday condemned an attack on\nits border post near Mandera, saying those responsible would be "
        "hunted\ndown and brought to justice.",
        "\"This cowardly act will not go unpunished,\" Interior Minister Kipchumba\nMurkomen told reporters in Nairobi."]
    assert all(_WRAPPED[o:o + len(t)] == t for o, t in zip(frame["offset"], frame["text"]))  # exactly as it stands


def test_a_bulleted_sentence_is_context_and_a_bulleted_link_is_dropped():
    # the guide: bullet summaries are no statements (the body repeats them), but they name the
    # article's actors and people
    text = ("Key points\n"
            "- On Saturday the prime minister said military pressure was necessary to free the hostages.\n"
            "- The health ministry in Gaza says more than 18,000 people have been killed in the enclave since the war began\n"
            "• Israel strikes Gaza after accusing Hamas of violations\n"
            "• The parliament ratifies the Rome Statute. What was it for?\n"
            "● LIVE  Saudi oil attacks: Trump says US ready to respond as Iran denies any role in the strikes\n"
            "• “The issue will become a bargaining chip for Baku with Russia and the West”. Opinion\n"
            "• Home\n"
            "The talks resumed in Cairo on Sunday.\n")
    assert paragraphs_frame({"d.txt": text})["text"].tolist() == ["The talks resumed in Cairo on Sunday."]
    frame = paragraphs_frame({"d.txt": text}, keep_headings=True)
    context = frame[frame["heading"]]
    assert context["text"].tolist() == [
        "Key points",
        "On Saturday the prime minister said military pressure was necessary to free the hostages.",
        "The health ministry in Gaza says more than 18,000 people have been killed in the enclave since the war began"]
    row = context.iloc[1]
    assert text[row.offset:row.offset + len(row.text)] == row.text


def test_an_embedded_posts_signature_is_cut_and_the_post_is_prose():
    text = "The team could not verify the report.— Jane Doe (@janedoe) February 16, 2024\n"
    frame = paragraphs_frame({"d.txt": text}, keep_headings=True)
    assert frame[["text", "heading"]].values.tolist() == [["— Jane Doe (@janedoe) February 16, 2024", True],
                                                          ["The team could not verify the report.", False]]
    # a signature on its own line goes before the post on the line above, in its paragraph
    text = "The minister spoke.\nWe will be watching every use of these powers.\n— Jane Doe (@janedoe) February 16, 2024\n"
    frame = paragraphs_frame({"d.txt": text}, keep_headings=True)
    assert frame[["text", "heading", "paragraph"]].values.tolist() == [
        ["The minister spoke.", False, 0], ["— Jane Doe (@janedoe) February 16, 2024", True, 1],
        ["We will be watching every use of these powers.", False, 1]]
    assert "Jane Doe" not in " ".join(paragraphs_frame({"d.txt": text})["text"])


def test_a_posts_trailing_hashtag_leaves_it_prose_and_its_signature_goes_before_it():
    # "... stay together. #OccupyJulorbiHouse": the hashtag after the full stop is no headline's missing punctuation
    text = ("The group posted on X.\nStay calm, stay peaceful, stay together. #OccupyJulorbiHouse\n"
            "— Democracy Hub (@DemocracyHubGH) September 21, 2023\n")
    frame = paragraphs_frame({"d.txt": text}, keep_headings=True)
    assert frame[["text", "heading"]].values.tolist() == [
        ["The group posted on X.", False], ["— Democracy Hub (@DemocracyHubGH) September 21, 2023", True],
        ["Stay calm, stay peaceful, stay together. #OccupyJulorbiHouse", False]]
    assert is_heading("Protest day two #OccupyJulorbiHouse")  # a heading's hashtag with no full stop before it


@pytest.mark.parametrize("line,rest,place", [
    ("PRAGUE/MOSCOW, April 18 (Reuters) - Russia ordered 20 staff out.", "Russia ordered", "PRAGUE/MOSCOW"),
    ("ISLAMABAD / PESHAWAR: Pakistan and Afghanistan agreed.", "Pakistan and", "ISLAMABAD / PESHAWAR"),
    ("BOGOTÁ — Colombia severed ties with Israel.", "Colombia severed", "BOGOTÁ"),
    ("KYIV (Reuters) - Ukraine said.", "Ukraine said", "KYIV"),
    # a state agency's dateline with no date: "Place, AGENCY –"
    ("Moscow, SANA – Russia said it was concerned.", "Russia said", "Moscow"),
    ("Occupied Jerusalem, SANA – The army said.", "The army said", "Occupied Jerusalem"),
    ("Riyadh, SPA -- The cabinet met.", "The cabinet met", "Riyadh"),
    # a short first word of a place in capitals, before a comma or a bracket
    ("LA PAZ, Bolivia (AP) — Opposition Senator Jeanine Áñez spoke.", "Opposition Senator", "LA PAZ"),
    ("NEW DELHI (Reuters) - India said.", "India said", "NEW DELHI"),
    ("ABU DHABI, Oct 3 (WAM) -- The UAE said.", "The UAE said", "ABU DHABI"),
    # the Ethiopian agency's slashed year, with or without its mark and dash
    ("Addis Ababa April 4/2019 (ENA) – Minister of Transport Dagmawit Moges said.", "Minister of", "Addis Ababa"),
    ("Addis Ababa May 16/2024 (ENA)The ministry said.", "The ministry", "Addis Ababa"),
    ("Addis Ababa April 1/2023/ENA/ The dam is complete.", "The dam", "Addis Ababa"),
    # the Congolese agency's full stop before the dash
    ("Kinshasa, 25 January 2023 (ACP).- The Government condemned the fire.", "The Government", "Kinshasa"),
])
def test_datelines_of_two_places_and_with_accents_are_cut_off(line, rest, place):
    from pipeline.documents import dateline_length, dateline_place
    assert line[dateline_length(line):].startswith(rest) and dateline_place(line) == place


@pytest.mark.parametrize("line", ["UN SPOKESMAN: We are following it.", "AL JAZEERA: Can you confirm?", "US – The State Department said."])
def test_short_capitalised_labels_are_no_datelines(line):
    from pipeline.documents import dateline_length
    assert dateline_length(line) == 0


def test_a_headline_in_capitals_is_no_dateline():
    from pipeline.documents import dateline_place
    assert dateline_place("PM THANKS AUSTRALIA, PACIFIC NEIGHBOURS FOR SUPPORT; FOREIGN MINISTER BRIEFS CORPS") is None
    assert dateline_place("PORT OF SPAIN, TRINIDAD AND TOBAGO (AP) —") == "PORT OF SPAIN"


def test_a_dateline_alone_on_its_line_is_kept_as_context():
    text = ("Assembly declares envoy persona non grata\n\nCaracas, 28 Oct. 2025 (ANB).-\n\n"
            "The National Assembly on Tuesday declared the envoy persona non grata.\n")
    frame = paragraphs_frame({"d.txt": text}, keep_headings=True)
    assert frame.loc[frame["heading"], "text"].tolist()[-1] == "Caracas, 28 Oct. 2025 (ANB).-"


def test_an_interviews_capitals_labels_are_no_datelines():
    # "CONTI: ..." in an interview with a host's label is a speaker's turn; "ISLAMABAD: ..." in an article a dateline
    interview = ("HOST (Anna Verdi): With me is Paola Conti, a professor of law.\n\nCONTI: The claim does not stand.\n\n"
                 "HOST: Why?\n\nCONTI: Because the zone was never accepted.\n")
    assert paragraphs_frame({"i.txt": interview})["text"].tolist()[1] == "CONTI: The claim does not stand."
    article = "Talks agreed\n\nISLAMABAD: Pakistan and Afghanistan agreed to talks on Monday.\n"
    assert paragraphs_frame({"a.txt": article})["text"].tolist() == ["Pakistan and Afghanistan agreed to talks on Monday."]


def test_a_roundups_bullets_are_its_body_a_timeline_or_summary_is_not():
    roundup = ("How governments reacted\n\nGovernments have lodged protests.\n\n"
               "• Qatar: the foreign ministry summoned the ambassador and handed him a note.\n\n"
               "• Kuwait: the ambassador was summoned and a protest note was delivered.\n\n"
               "• Bahrain: a statement from the foreign ministry welcomed the party's decision.\n\n"
               "• The Foreign Office in Islamabad summoned India's charge d'affaires on Monday.\n")
    texts = paragraphs_frame({"r.txt": roundup})["text"].tolist()
    assert texts[1:] == ["Qatar: the foreign ministry summoned the ambassador and handed him a note.",
                         "Kuwait: the ambassador was summoned and a protest note was delivered.",
                         "Bahrain: a statement from the foreign ministry welcomed the party's decision.",
                         "The Foreign Office in Islamabad summoned India's charge d'affaires on Monday."]
    timeline = ("Timeline\n\nThe dispute over the drilling.\n\n• May 3: The ship anchors west of Paphos in the zone.\n\n"
                "• June 18: The Council asks the Commission to draw up options.\n\n"
                "• July 12: EU ambassadors agree the draft conclusions on Monday.\n")
    assert paragraphs_frame({"t.txt": timeline})["text"].tolist() == ["The dispute over the drilling."]


def test_a_releases_sign_off_date_closes_its_article_and_a_salutation_opens_a_speech():
    page = ("Ministry of Foreign Affairs\n\nForeign Secretary briefs the diplomatic community\n\nPosted on 24 March 2021\n\n"
            "The Foreign Secretary stated that the resolution had been brought without the consent of the country.\n\n"
            "\"Our doors are open to every partner who wishes to work with us as equals,\" the Foreign Secretary said.\n\n"
            "Ministry of Foreign Affairs\nColombo\n24 March 2021\n\n"
            "Statement by the Permanent Representative before the vote\n\nPosted on 23 March 2021\n\n"
            "Madam President,\n\nSri Lanka calls upon the members of this Council to vote against this draft resolution.\n")
    frame = paragraphs_frame({"p.txt": page})
    articles = dict(zip(frame["text"].str[:12], frame["article"]))
    # the quotation stays in the article of the paragraph before it, whose speaker it carries
    assert articles["\"Our doors a"] == articles["The Foreign "]
    # the speech's first line under its salutation is its first paragraph, no standfirst
    assert "Sri Lanka ca" in articles and articles["Sri Lanka ca"] != articles["The Foreign "]


@pytest.mark.parametrize("line", ["Copyright © Embassy of the People's Republic of China in New Zealand.",
                                  "Ministry of Foreign Affairs, Islamabad | Copyright © 2024 Ministry of Foreign Affairs."])
def test_a_copyright_line_without_a_year_or_after_an_address_is_boilerplate(line):
    from pipeline.documents import is_boilerplate
    assert is_boilerplate(line) and not is_boilerplate("The copyright row between the two publishers continued.")


def test_a_roundups_whole_sentence_bullets_are_its_body_a_summarys_few_are_not():
    # no bullet names its government with a colon, but the bullets are the story: they outnumber its prose
    reactions = [f"- {state.upper()}. The foreign minister of {state} said the government stood with the victims."
                 for state in ("Fiji", "Samoa", "Tonga", "Vanuatu", "Nauru", "Palau")]
    roundup = "How the region reacted\n\nA landslide buried a village on Friday.\n\n" + "\n\n".join(reactions) + "\n"
    assert len(paragraphs_frame({"r.txt": roundup})) == 1 + 6
    summary = ("Landslide buries village\n\n" + "\n\n".join(reactions[:3]) + "\n\n"
               + "\n\n".join(f"Paragraph {n} of the story reports what the rescuers found on the mountain." for n in range(6))
               + "\n")
    assert not paragraphs_frame({"s.txt": summary})["text"].str.contains("stood with the victims").any()


def test_a_releases_present_tense_first_line_in_its_own_voice_is_prose_not_a_standfirst():
    text = ("Statement on recent commentary\n\n"
            "The Embassy rejects claims that the men were sentenced for their beliefs.\n\n"
            "The claims were published in London.\n")
    assert paragraphs_frame({"e.txt": text})["text"].tolist()[0].startswith("The Embassy rejects")


def test_a_numbered_paragraphs_number_is_no_part_of_its_text():
    # "2. Question (Reuters): ..." opens with the journalist's label, the number no sentence of its own
    text = ("The spokesperson opened the press conference on Thursday afternoon.\n\n"
            "2. Question (Reuters): Can you confirm that all 39 victims are Vietnamese?\n\n"
            "3. The Council condemns the attack in the strongest terms.\n")
    assert paragraphs_frame({"d.txt": text})["text"].tolist() == [
        "The spokesperson opened the press conference on Thursday afternoon.",
        "Question (Reuters): Can you confirm that all 39 victims are Vietnamese?",
        "The Council condemns the attack in the strongest terms."]
