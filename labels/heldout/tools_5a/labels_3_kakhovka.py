# ------------------------------------------------------------------ Kakhovka dam breach (live blog, 2023-06-06)
d = "page_kakhovka_dam_liveblog.txt"
U(d, "Ukraine's Southern Operational Command said Russian forces had blown up", "downstream.",
  ("Ukraine", C, neg, "Russia", "military command = Ukraine; accusation; timestamp and entry heading excluded"))
U(d, "Oleksandr Prokudin, the head of the Kherson regional military administration, said eight villages", "evacuation buses.",
  ("Ukraine", N, neg, "", "regional official = Ukraine; flooding figures + evacuation instruction to residents, no appeal to a party"))
U(d, "Prokudin said the Russian army was behind", "people of Kherson.",
  ("Ukraine", C, neg, "Russia", "surname only after the role; 'deliberate crime'"))
U(d, "\"This is what the occupiers do with every metre", "Defence Council.",
  ("Ukraine", C, neg, "Russia", "quote before the speaker; Zelensky named without role; 'the occupiers' = Russia; own meeting in the same unit"))
U(d, "Dmitry Peskov told reporters that the Kremlin regarded", "faltering counteroffensive.",
  ("Russia", C, neg, "Ukraine", "well-known spokesman named without role; accusation of sabotage; Kyiv = Ukraine"))
U(d, "\"We firmly reject any suggestion that Russia had anything to do with it,\" he said.", "he said.",
  ("Russia", N, neg, "", "denial: 'firmly reject' aimed at an accusation, not at an actor -> neutral, negative tone"))
U(d, "Vladimir Leontyev, the Moscow-installed head of Nova Kakhovka", "the dam's gates.",
  ("Russia", C, neg, "Ukraine", "Moscow-installed official = Russia; blames Ukrainian shelling"))
U(d, "He said about 900 residents of houses along the river", "within three days.",
  ("Russia", N, neu, "", "figures and forecast, no position on another actor"))
U(d, "The International Atomic Energy Agency said its experts", "the plant's safety.",
  ("IAEA", N, neu, "", "monitoring + reassurance, no appeal"))
U(d, "Charles Michel said that wrecking civilian infrastructure", "answer for it.",
  ("European Union", C, neg, "Russia", "Michel named without role (entry heading gives 'EU's Michel'); 'war crime' + accountability; Moscow = Russia"))
U(d, "The European Commission said it stood ready to send emergency help", "civil protection mechanism.",
  ("European Union", S, pos, "Ukraine", "offer of aid"))
U(d, "Foreign Minister Dmytro Kuleba called the flooding", "sanctions on Moscow.",
  ("Ukraine", C, neg, "Russia", "'man-made disaster' + call for sanctions = condemning"))
U(d, "Nato Secretary General Jens Stoltenberg said the flooding", "had become.",
  ("NATO", C, neg, "Russia", "judgement without stock words ('how ruthless Russia's war had become')"))
U(d, "Speaking in New York, Secretary-General António Guterres described the breach", "from their homes.",
  ("United Nations", C, neg, "Russia", "unsure: he does not say who breached the dam, but calls it a catastrophe flowing from Russia's invasion (judgement on the invasion) and adds aid; rule 1"))
U(d, "The UN's emergency relief coordinator, Martin Griffiths, said", "coming days.",
  ("United Nations", N, neg, "", "assessment without appeal"))
U(d, "John Kirby, the White House national security spokesman, said Washington could not yet say", "gathering information.",
  ("United States", N, neu, "", "declines to assign blame: neutral"))
U(d, "He said the US was already talking to Kyiv about emergency help", "by the floods.",
  ("United States", S, pos, "Ukraine", "'He' = Kirby; offer of humanitarian help; Kyiv = Ukraine"))
U(d, "Foreign Secretary James Cleverly said it was too early", "whoever was responsible.",
  ("United Kingdom", N, neg, "", "conditional judgement with no actor named ('would be an outrage ... whoever was responsible') -> neutral, negative tone"))
U(d, "Russia's UN ambassador Vassily Nebenzia said Moscow would ask", "battlefield failures.",
  ("Russia", C, neg, "Ukraine", "meeting request + 'war crime' accusation: rule 1"))
U(d, "Ukraine has also asked the council to meet, a UN diplomat said.", "a UN diplomat said.",
  ("Ukraine", T, neu, "", "Ukraine's act relayed by an unnamed diplomat (the diplomat is not an actor); asking for a Security Council meeting = diplomatic course"))
U(d, "Germany's foreign minister, Annalena Baerbock, said Berlin was ready to send", "flooded areas.",
  ("Germany", S, pos, "Ukraine", "offer of equipment = supporting; Berlin = Germany"))
U(d, "The International Committee of the Red Cross said the floodwater", "considered safe.",
  ("ICRC", N, neg, "", "warning of a risk, no appeal, no judgement"))
U(d, "Prosecutor General Andriy Kostin said his office had opened a case", "customs of war.",
  ("Ukraine", C, neg, "Russia", "criminal case against the Russian military = accusation"))
U(d, "The head of state hydropower company Ukrhydroenergo, Ihor Syrota, said", "could not be repaired.",
  ("Ukraine", N, neg, "", "state company = Ukraine; damage assessment"))
