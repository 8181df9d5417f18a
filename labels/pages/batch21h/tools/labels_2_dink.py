# ------------------------------------------------------------------ Hrant Dink murder and funeral (Turkish English-language daily, full HTML, 2007-01-25)
d = "page_dink_turkishdaily.html"
# No row: top bar, masthead, nav, breadcrumbs, kicker, headline, standfirst, byline, share bar, captions ("1 of 3" ...),
# ADVERTISEMENT, crossheads, "Related:", tags, newsletter, comments, most read, footer.
U(d, "Prime Minister Recep Tayyip Erdoğan, who was unable to attend Tuesday's funeral", "his office said.",
  ("Turkey", S, pos, "Armenian Patriarchate of Istanbul", "condolence visit to the family and the Patriarch = solidarity by act; Prodi only mentioned; attribution tail 'his office said'"))
U(d, "\"Whoever pulled the trigger, and whoever put the gun in his hand,", "outside the Patriarchate.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by the speaker; judgement of the killers + 'they will pay for it' (threat); perpetrators not an actor -> target empty"))
U(d, "He said the investigation would follow every lead,", "report to him daily.",
  ("Turkey", N, neu, "", "'He' = Erdoğan; own measures, quote inside the sentence; Trabzon = place"))
# No row: "The editor of the bilingual weekly Agos was shot ..." and "A 17-year-old from Trabzon ..." (narration).
U(d, "Interior Minister Abdulkadir Aksu said on Wednesday that eight people", "the pistol and the money.",
  ("Turkey", N, neu, "", "arrest figures and suspects = facts given by an official"))
U(d, "Aksu rejected suggestions that the security forces had ignored warnings", "nothing would be covered up.",
  ("Turkey", N, neg, "", "surname only; denial + own review = neutral, negative"))
U(d, "The Istanbul chief prosecutor's office said the teenager had confessed", "any earlier crime.",
  ("Turkey", N, neu, "", "prosecutors = the Turkish state; confession and weapon = facts"))
# No row: "Some 100,000 people walked ...", "Shops along the route ..." (scene).
U(d, "Istanbul Governor Muammer Güler said more than 5,000 police officers", "any attack on the crowd.",
  ("Turkey", N, neu, "", "provincial governor resolves to his state; security deployment in crisis vocabulary (snipers, attack) = neutral"))
U(d, "Before the procession set off, Rakel Dink addressed the crowd", "even by those who love him.\"",
  ("Rakel Dink", T, neu, "", "the widow, an independent person; appeal for a silent march with no slogans = restraint (unsure: could be neutral)"))
U(d, "She said the country should spend less time on the boy who fired", "whom to hate.",
  ("Rakel Dink", C, neg, "", "'She' = Rakel Dink; judgement of 'the voices that had taught him whom to hate', no actor named -> target empty (unsure: could be neutral reflection)"))
U(d, "Inside the church, Patriarch Mesrob II urged the community to stay calm", "rather than fearing them.",
  ("Armenian Patriarchate of Istanbul", T, pos, "", "the Patriarch speaks for the Patriarchate (Armenian community body); appeal for calm = calling_for_talks"))
U(d, "Armenia, which has no diplomatic relations with Turkey", "Foreign Minister Vartan Oskanian.",
  ("Armenia", S, neu, "", "a deputy minister sent to the funeral with a letter and a wreath = condolence by act (unsure: could be narration); Oskanian only named as sender"))
U(d, "Kirakosyan told reporters that the Turkish invitation had been a welcome gesture", "not only with funerals.\"",
  ("Armenia", T, pos, "Turkey", "welcome + hope for steps between the neighbours, no judgement: rule 2 before rule 3"))
U(d, "Oskanian had said on Friday that Armenia condemned the murder", "not only the gunman.",
  ("Armenia", C, neg, "", "condemnation + call on the Turkish authorities (rule 1); the killers are not an actor -> target empty"))
U(d, "President Robert Kocharyan's spokesman, Viktor Soghomonian, said", "made Dink a target.",
  ("Armenia", C, neg, "Turkey", "the president's position through his spokesman; the killing tied to 'years of prosecutions' = accusation against the Turkish state, no stock word"))
U(d, "A spokesman for the Armenian parliament went further on Friday", "joining Europe.",
  ("Armenia", C, neg, "Turkey", "unnamed official of a named body (Armenian parliament = Armenia); judgement without stock words"))
U(d, "The Foreign Ministry in Ankara dismissed those remarks", "70 million people.",
  ("Turkey", C, neg, "Armenia", "Ankara = place of the ministry; 'unfair attempt to turn a national tragedy into a weapon' = judgement of Yerevan's remarks"))
U(d, "Foreign Minister Abdullah Gül, who is also deputy prime minister, said he hoped", "over every sentence.\"",
  ("Turkey", T, pos, "", "hope for dialogue between Turks and Armenians = calling_for_talks; two peoples -> target empty"))
# No row: "Dink was given a suspended six-month sentence in 2005 under Article 301 ..." (background).
U(d, "The German presidency of the European Union said on Friday", "without delay.",
  ("European Union", C, neg, "", "the EU presidency statement = European Union, not Germany; 'cowardly attack' + appeal (rule 1)"))
U(d, "EU Enlargement Commissioner Olli Rehn said in Brussels that Article 301", "change it.",
  ("European Union", C, neg, "Turkey", "the law blamed for a climate of hostility + renewed call to change it (rule 1); Brussels = place"))
U(d, "Justice Minister Cemil Çiçek said any amendment to the article", "one tragic week.\"",
  ("Turkey", N, neu, "", "procedure/timetable for a possible amendment, no judgement"))
U(d, "In Washington, State Department deputy spokesman Tom Casey said", "following the investigation closely.",
  ("United States", N, neg, "", "troubled + monitoring, no appeal = neutral, negative; Washington = place"))
U(d, "Congressman Adam Schiff of California, a long-time backer of House resolutions", "for his words.",
  ("United States", C, neg, "Turkey", "member of Congress = United States (as the guide's Senator Cardin); 'bore responsibility' = judgement of 'the government in Ankara' (metonym as object)"))
U(d, "The Armenian National Committee of America accused Turkish officials", "official intolerance.",
  ("Armenian National Committee of America", C, neg, "Turkey", "diaspora organisation under its own name; accusation"))
U(d, "Amnesty International said Dink had clearly been targeted", "was in danger.",
  ("Amnesty International", C, neg, "Turkey", "failure to protect = judgement of the state"))
# No row: "Analysts said the investigation would be a test ..." (unnamed speakers).
U(d, "\"The easy ending is a confused teenager and one older friend.", "for Social Research.",
  ("Ayşe Tunçel", N, neg, "", "independent analyst (invented); quote closed by the speaker mid-paragraph; scenarios, no judgement"))
U(d, "\"My guess is that we will get the easy ending first", "years from now.\"",
  ("Ayşe Tunçel", N, neg, "", "quote continued after the attribution = same speaker; forecast"))
U(d, "Tunçel said the size of Tuesday's march had surprised even its organisers", "once the cameras left.",
  ("Ayşe Tunçel", N, neu, "", "surname only; two scenarios, no judgement"))
U(d, "Selçuk Oran, a retired ambassador who served in the Caucasus, said", "what comes next.",
  ("Selçuk Oran", N, neu, "", "former diplomat (invented), an independent voice; Ankara and Yerevan as objects"))
U(d, "\"Inviting a deputy minister to a funeral is not a policy,\" he said.", "he said.",
  ("Selçuk Oran", N, neg, "", "assessment of the gesture, no actor judged by name (unsure: could be read as a jab at Ankara)"))
U(d, "Oran said the state had failed Dink long before the shooting", "reopening the border.",
  ("Selçuk Oran", C, neg, "Turkey", "'the state had failed Dink' = judgement + appeal for talks (rule 1)"))
