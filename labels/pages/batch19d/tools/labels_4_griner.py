# ------------------------------------------------------------------ Brittney Griner's sentencing in Russia and the reactions
# US news site, full HTML, 2022-08-05
d = "page_griner_sentencing_webpage.html"
# Not statements: top banner, brand/tagline, nav, breadcrumbs, kicker, headline, standfirst, byline, meta/time line,
# share bar, figcaptions ("1 of 3" with credits), ADVERTISEMENT, crossheads ("Talks, but quietly", "An appeal, and a wait"),
# the live box heading and timestamps, "Related:", credits line, tags, newsletter, reader comments, Most Read, footer.
U(d, "The Biden administration said Friday it was prepared to take up Moscow's offer", "out of public view.",
  ("United States", T, pos, "Russia", "dateline excluded; long lead carrying two positions: US readiness to negotiate"),
  ("Russia", T, neu, "United States", "Lavrov's openness to talks with a condition (out of public view) = calling_for_talks; 'the Kremlin' = Russia"))
# "Griner, the 31-year-old ... was convicted Thursday ..." and the fine -> narration in the passive, no row
U(d, "Judge Anna Sotnikova said the court had taken into account", "into the country deliberately.",
  ("Russia", N, neu, "", "a Russian court's reasoning = a state procedure reported, neutral (unsure: the court could be left without a row)"))
U(d, "Griner, speaking from the defendants' cage before the verdict, apologized", "break Russian law.",
  ("Brittney Griner", N, neg, "", "independent person under her own name; apology and denial of intent = neutral, negative tone"))
U(d, "President Joe Biden said Thursday that the sentence confirmed Russia was holding Griner wrongfully", "wife and teammates.",
  ("United States", C, neg, "Russia", "'holding her wrongfully' + demand to free her = condemning (rule 1)"))
U(d, "He pledged that his administration would not let up", "were both home.",
  ("United States", N, pos, "", "'He' = Biden; pledge about his own effort, no stance on another actor"))
U(d, "Secretary of State Antony Blinken said Thursday that the verdict added to the wrong", "bargaining chips.",
  ("United States", C, neg, "Russia", "judgement: 'the Kremlin turns detained foreigners into bargaining chips'"))
U(d, "Blinken, who was in Phnom Penh on Friday", "through the established channel.",
  ("United States", T, pos, "Russia", "a serious offer on the table + reading Lavrov as ready to engage = calling_for_talks; Phnom Penh = place"))
U(d, "Lavrov, who was attending the same meetings in the Cambodian capital, told reporters", "in Geneva last year.",
  ("Russia", T, neu, "United States", "surname only; ready to discuss through the agreed channel = calling_for_talks"))
U(d, "“If Washington prefers to negotiate through microphones", "Lavrov said.",
  ("Russia", C, neg, "United States", "multi-sentence quote closed by its speaker = one unit; a warning that blames Washington in advance = condemning"))
U(d, "“We have never refused to talk about our citizens or theirs.", "in front of television cameras.”",
  ("Russia", T, neu, "United States", "quote continued in its own paragraph, same speaker (Lavrov); readiness to talk, away from the cameras = calling_for_talks"))
U(d, "He also complained that Blinken, seated a few places away", "no effort to approach him.",
  ("Russia", C, neg, "United States", "'He' = Lavrov; a reproach (unsure: could be neutral)"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov warned that airing the details", "before it began.",
  ("Russia", T, neg, "United States", "a caution about how to negotiate (discreetly), no judgement word, no threat = calling_for_talks, negative tone (unsure)"))
# "Peskov declined to say whether Moscow was interested in Viktor Bout ..." -> a non-answer, no position, no row
U(d, "The Russian Embassy in Washington rejected the description of Griner", "any other offender.",
  ("Russia", N, neg, "", "denial that she is wrongfully detained = neutral, negative tone; Washington = place"))
U(d, "White House press secretary Karine Jean-Pierre said the administration had made an offer", "without further delay.",
  ("United States", T, neu, "Russia", "live-blog item: urges Moscow to accept an offer = calling_for_talks"))
U(d, "John Kirby, the National Security Council's coordinator for strategic communications, rejected", "had not disclosed its terms.",
  ("United States", N, neg, "", "live-blog item: denial of a Russian claim = neutral, negative"))
# "Griner was taken back to the detention center ..., Russian state media reported." -> agency reporting a fact, no row
U(d, "Her lawyers, Maria Blagovolina and Alexander Boykov, said in a statement", "within the 10 days allowed.",
  ("Maria Blagovolina", C, neg, "Russia", "defence lawyer under her own name; joint statement = one row per signatory; the sentence 'far harsher' than usual = a judgement on the Russian court"),
  ("Alexander Boykov", C, neg, "Russia", "same joint statement, second lawyer"))
U(d, "Boykov told reporters outside the courthouse that the average sentence", "early on parole.",
  ("Alexander Boykov", N, neu, "", "figures given by the speaker, no stance"))
U(d, "Blagovolina said the defense had not been told anything", "exchange talks.",
  ("Maria Blagovolina", N, neu, "", "plain fact"))
U(d, "In a joint statement, WNBA Commissioner Cathy Engelbert and NBA Commissioner Adam Silver called the ruling unjust", "as firm as ever.",
  ("WNBA", C, neg, "Russia", "joint statement of two leagues = one row per body; 'unjust' ruling of a Russian court"),
  ("NBA", C, neg, "Russia", "same joint statement, the NBA's row"))
U(d, "The WNBA players' union said it hoped the two governments", "reach a deal.",
  ("WNBA Players Association", T, pos, "", "hope for a deal between two governments = calling_for_talks; target empty (both)"))
# the 42-second tribute -> a gesture toward a person, narration, no row
U(d, "Cherelle Griner, her wife, wrote on Twitter that she was heartbroken", "bring Brittney home.",
  ("Cherelle Griner", S, pos, "United States", "name then role; trust in the administration = supporting"))
U(d, "David Whelan, Paul Whelan's brother, said his family feared", "Griner alone.",
  ("David Whelan", N, neg, "", "independent person (name files); fear without an appeal = neutral, negative"))
# "Griner was detained on Feb. 17 ..." -> narration, no row
U(d, "She pleaded guilty in July, saying she had packed the cartridges", "in a hurry.",
  ("Brittney Griner", N, neu, "", "'She' = Griner; her plea and explanation, a specific act reported, no stance"))
U(d, "The State Department classified her as wrongfully detained in May", "hostage affairs.",
  ("United States", C, neg, "Russia", "an official designation that Russia holds her wrongfully = a measure carrying a judgement, reported as done"))
U(d, "Experts on Russia said the speed of the verdict suggested", "a sentence is handed down.",
  ("Russia", N, neu, "", "the experts are not actors; the position of 'Russian officials' (officials of a named government) reported inside their sentence = Russia, a procedure"))
