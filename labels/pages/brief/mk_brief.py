"""Write the briefs for batch54a-f (training pages) and blind57a/b (blind test pages)."""
SLOTS = {  # batch54: regions cut differently from batch53's; the blind pair spans regions
    "batch54a": ("West Africa and the Sahel", "six different countries of West Africa and the Sahel"),
    "batch54b": ("East Africa and the Horn of Africa", "six different countries of East Africa, the Great Lakes and the Horn of Africa"),
    "batch54c": ("North Africa, Egypt, Iraq and Yemen", "six different countries of the Maghreb, Egypt, Sudan, Libya, Iraq and Yemen"),
    "batch54d": ("Southern Europe and the Mediterranean", "six different countries of Southern Europe and the Mediterranean (Iberia, Italy, Greece, Cyprus, Malta, the Western Balkans)"),
    "batch54e": ("South and Central Asia", "six different countries of South Asia and Central Asia"),
    "batch54f": ("North America, the Caribbean and Oceania", "six different countries of North America, the Caribbean and Oceania"),
    "blind57a": ("Africa, Latin America and Oceania", "six different countries: two of Africa, two of Latin America, two of Oceania or the Caribbean"),
    "blind57b": ("Europe and Asia", "six different countries: two of Europe, two of Central or South Asia, two of East or Southeast Asia"),
}
REGISTERS = """1. international wire copy (dateline "CITY, Month Day (Agency) -", byline, summary bullets, crossheads, "Reporting by ... Editing by ...", related coverage, tags);
2. a state news agency dispatch (its house style: full titles, "Mr", long sentences, agency credit, section line, related news);
3. a UN noon-briefing transcript (spokesperson's opening notes, then questions and answers) or a UN meetings-coverage summary (speakers state by state);
4. a presidency's or foreign ministry's news page in full HTML (menus, breadcrumb, several dated releases, captions, share lines, sidebar, footer);
5. a live blog in full HTML (timestamped entries, key events, embedded social-media posts, captions, ADVERTISEMENT, most viewed, newsletter prompt);
6. a national or regional daily scraped as plain text (menu words, ticker, ADVERTISEMENT, photo caption and credit, share prompt, RELATED, comments count, most read, copyright);
7. a foreign-ministry press-conference transcript (spokesperson, "Q:" / "A:" or reporter's outlet then answer);
8. a world-reactions round-up (state after state, organisations, in a wire or broadcaster's house style);
9. a radio or TV interview transcript (host and guest turns, an intro paragraph, programme furniture);
10. an embassy's or a party's or an NGO's news page (press releases, statements quoted in full)."""

BRIEF = """# Brief: {name}, six real-style news pages, hand-labelled

You write **six** realistic news pages about **six real events** (2015-2025) and label every statement in them by the
project's labelling guide. The project is a tool that turns news coverage of international crises into per-actor stance
tables (who condemned, supported, stayed neutral or called for talks). Your pages {use}.

Region: **{region}**: {countries}. Other helpers write the other regions at the same time; stay in yours.

## Rules you must keep
- Read `/work/shared/labelling-guide.md` in full first, and again before labelling. It is the contract for every label.
- Read `/work/main/labels/README.md` (label conventions) and two or three example label files, e.g.
  `/work/main/labels/pages/batch50a/README.md` and the rows in `/work/main/labels/pages/statements.csv` for one of its pages
  (`grep page_ghana_torkornoo /work/main/labels/pages/statements.csv`), to see how finished work looks.
- **Never read anything under `/work/main/pipeline/` or `/work/main/tests/`** except the name files
  `/work/main/pipeline/data/organisations.csv`, `parties.csv` and `officeholders.csv`, and never run the project's tool
  (`stance`, `make`, `python -m pipeline`). {blind}
- Real events, real office holders in their real offices on the page's date (check who held which office then). Check facts
  with the `search` tool (corpus `pages`: stored public news pages; about ten look-ups in all). **Never paste or closely
  paraphrase a sentence of a real page**: write every sentence yourself. Outlets, bylines and photo credits may be invented;
  real institutions (a presidency, an agency, the UN) may be used as layouts with invented text. Keep a list of your first-draft
  phrases that came too close to real wording and how you rewrote them.
- **Each event must be new to the project.** Before you choose, check each event's distinctive names (people, places) with
  `grep -ril TERM /work/main/labels /work/blind56a /work/blind56b /work/blind57a /work/blind57b` and against the page file names there; drop any event with a
  hit and say so. Other helpers write into `/work/batch54a` ... `/work/batch54f`, `/work/blind57a` and `/work/blind57b`: list their
  file names (names only, do not read their pages) before choosing and again before finishing, and never pick the same event.
- Six different **registers**, one per page, chosen from:
{registers}
  Each page 500-1,100 words of body text plus its furniture, with **18-30 statements**, and every page with all four stances
  where the event allows. Include the cases real coverage is full of: people introduced by role ("Canadian Foreign Minister
  X said", "X, the Ghanaian government spokesman,"), later surname-only mentions, bodies resolved by context ("the ministry
  added"), joint statements and lists of states, quotations over several sentences and paragraphs, a quote opened after a
  colon, possessives and objects that are not speakers, capitals as places, denials, threats, concern without appeal, hopes,
  backing by act, and page furniture (captions, "ADVERTISEMENT", "1 of 6", share prompts, "Related:") which is never a
  statement. Write statements in the four stances in the guide's own registers, not only with obvious words ("condemn",
  "welcome"): judgements without those words, threats and sanctions, concern, denials, hopes, acts.
- Pages are `.txt` (scraped text) or `.html` (full HTML with `<head>`, menus and footer). File names:
  `page_<country>_<event><year>_<register>.txt|html`, all lower case.

## Labels
- One row per (sentence, actor) for **every** statement on the page: a sentence that carries an actor's position, reported
  speech or act, by the guide. Headlines, captions, furniture, unnamed speakers ("officials said", "analysts") and narration
  are no rows. A sentence two actors speak in has two rows.
- `sentence`: the sentence exactly as it stands in the page's visible text. One unit per row: a sentence within a
  paragraph, except that **a quotation of several sentences closed by its speaker in the same paragraph
  ('"A. B. C," Doe said.') is one unit**: one row whose `sentence` is the whole quotation with its closing attribution,
  labelled as a whole by the guide's decision rules (a judgement anywhere in it makes it condemning). A quotation that
  goes on in a new paragraph is a new unit there.
- `actor`: the canonical name: a state by its name in `/work/main/labels/pages/states.csv`; an organisation, party or
  person by its `actor` value in `/work/main/labels/actors.csv` or the name files above (look names up with grep). Someone
  who speaks for a state (minister, spokesperson, envoy, ministry, army, agency quoting officials) is the state; someone who
  speaks for themselves or an organisation the files lack gets a row in your `new_actors.csv` (`actor,alias,kind`; kind one
  of person, organisation, party, group, armed group, company, institution, media), with every spelling the page uses as an
  alias. Never give a name two different actors.
- `stance`: condemning, supporting, neutral or calling_for_talks, by the guide's decision rules. `sentiment`: negative,
  neutral or positive. `target`: the actor the stance is aimed at (canonical name), empty if none. `source`: `{source}`.
  `note`: why, in a few words, and "unsure: ..." where a second annotator might differ.
- Write the rows by hand, one module per page: `tools/labels/p1_<country>.py` ... with `DOC = "<file name>"` and
  `ROWS = [(sentence, actor, stance, sentiment, target, note), ...]`. Copy `/work/briefs/build_template.py` to
  `tools/build.py` and run it (`python3 tools/build.py`): it writes `statements.csv` and reports every sentence not found in
  its page, unknown actors and targets, bad values and duplicates. Finish with 0 problems.
- Read your rows once more against the guide, page by page, before finishing.

## Deliverables, all in `/work/{name}/`
- the six pages; `statements.csv` (written by `tools/build.py`); `new_actors.csv`; `tools/`;
- `README.md`: a table of the pages (region, file, event, register, page date, rows), the row counts by stance and sentiment
  and per page, the event checks (terms and hits), the candidates dropped, your searches (query and what they gave), the
  first-draft phrases you rewrote, the real office holders with their source, and the calls you were unsure of.
Your last message: the folder, the six events, the row count, the stance counts, and anything you could not do.
"""

BLIND = ("These pages are a **blind test set**: besides the above, do not read `/work/main/labels/heldout/` pages' "
         "labels beyond the examples named here, and tell no one what your pages hold beyond the README.")
for name, (region, countries) in SLOTS.items():
    blind = name.startswith("blind")
    text = BRIEF.format(name=name, region=region, countries=countries, registers=REGISTERS,
                        use="are test data for scoring the tool blind" if blind else
                        "become training and development data for it",
                        blind=BLIND if blind else "", source="dev" if blind else "page")
    open(f"/work/briefs/brief_{name}.md", "w").write(text)
print("ok")
