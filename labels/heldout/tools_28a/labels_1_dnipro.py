# ------------------------------------------------------------------ Russia's Oreshnik strike on Dnipro (full HTML, Ukrainian English-language site, 2024-11-22)
d = "page_dnipro_oreshnik_uanews.html"
U(d, "Russian President Vladimir Putin on Thursday evening confirmed", "arms were used against it.",
  ("Russia", C, neg, "", "long lead: own strike narrated + threat against 'any country' arming Ukraine = condemning (threat); several states implied -> target empty"))
# no row: "The missile came down on the grounds of the Pivdenmash works ..." (residents, unnamed) and "Windows were blown out ..." (scene)
U(d, "Ukraine's Air Force said in its morning summary", "six of which were shot down.",
  ("Ukraine", N, neu, "", "Air Force = Ukraine; figures of the attack, no judgement"))
U(d, "It initially described the ballistic missile as intercontinental.", "It initially described the ballistic missile as intercontinental.",
  ("Ukraine", N, neu, "", "pronoun subject 'It' = the Air Force; a description, no judgement"))
# no row: "Western officials questioned that label within hours, and by evening the Kremlin had supplied its own name ..." (unnamed officials; narration)
U(d, "Serhiy Lysak, head of the Dnipropetrovsk regional military administration", "the rehabilitation centre had been damaged.",
  ("Ukraine", N, neu, "", "regional administration head = Ukraine; damage and injuries"))
U(d, "In Kryvyi Rih, to the south-west, a separate strike wounded 26 people, he said.", "In Kryvyi Rih, to the south-west, a separate strike wounded 26 people, he said.",
  ("Ukraine", N, neu, "", "attribution tail 'he said' = Lysak; casualty figure"))
# no row: "President Volodymyr Zelensky spoke about the attack in a video message ..." (narration announcing the quote)
U(d, "\"Everything we know about this missile", "Zelensky said.",
  ("Ukraine", C, neg, "Russia", "two-sentence quote closed by the speaker; Putin testing his weapon on a Ukrainian city = accusation"))
U(d, "He said the lack of a firm reaction from the world", "words of sympathy.",
  ("Ukraine", C, neg, "Russia", "'He' = Zelensky; call for pressure on the Kremlin (like a call for sanctions) = condemning"))
U(d, "On Friday evening the president went further", "no interest in peace.",
  ("Ukraine", C, neg, "Russia", "'the president' = Zelensky; Kyiv as metonym; Russia 'no interest in peace' = judgement"))
U(d, "Defence Minister Rustem Umerov had already begun meetings", "the president said.",
  ("Ukraine", N, neu, "", "attribution tail; own step to seek air defence = asking for aid is not supporting -> neutral"))
U(d, "Ukraine's military intelligence agency, the HUR, said", "each with six submunitions.",
  ("Ukraine", N, neu, "", "HUR = Ukraine; technical figures"))
# no row: "The Kyiv Meridian could not independently verify those figures." (the outlet)
# no row: "Foreign Minister Andrii Sybiha spent much of Thursday on calls with counterparts." (narration; the position follows)
U(d, "He told them that Moscow was trying to scare", "not less.",
  ("Ukraine", C, neg, "Russia", "'He' = Sybiha; 'intimidation' = judgement of Moscow; the appeal for help follows the judgement (rule 1)"))
U(d, "The ministry's spokesman, Heorhii Tykhyi, said Ukraine had asked", "to discuss the strike.",
  ("Ukraine", T, neu, "NATO", "'the ministry' = foreign ministry by context; requesting a meeting = calling_for_talks (unsure: its aim is support)"))
U(d, "In his televised address, Putin said the launch had been a test", "could stop it.",
  ("Russia", N, neu, "", "own weapon's performance and the launch as a test, no judgement of another actor"))
U(d, "He accused the United States of pushing the world toward a global conflict", "in the Kursk region.",
  ("Russia", C, neg, "United States", "'He' = Putin; accusation; Kyiv and the British missiles inside his sentence are objects, not speakers"))
U(d, "If the West kept raising the stakes, he said, Russia's reply would be just as firm.", "If the West kept raising the stakes, he said, Russia's reply would be just as firm.",
  ("Russia", C, neg, "", "attribution mid-sentence; threat against 'the West' (not canonical) -> target empty"))
U(d, "Civilians in any country targeted in future would be told in advance", "he added.",
  ("Russia", N, neg, "", "own conduct in future strikes announced as a procedure (unsure: it presupposes the threat of the previous unit)"))
U(d, "Russia's defence ministry said its forces had carried out a combined strike", "had been hit.",
  ("Russia", N, neu, "", "own strike reported as done; 'in response to' gives a reason, not a judgement -> neutral (unsure)"))
U(d, "Kremlin spokesman Dmitry Peskov said on Friday that Russia had not been obliged", "nuclear risk reduction channel.",
  ("Russia", N, neu, "", "procedure; Washington as the recipient (object), not a speaker"))
U(d, "Peskov added that the launch was a message to be read carefully in Washington", "changed course.",
  ("Russia", C, neg, "United States", "surname only; a veiled threat aimed at Washington (metonym)"))
# no row: Zakharova's briefing and the phone call on air (narrated incident, no position taken)
# no row: "Ukraine's partners called the strike an escalation, ..." (summary line before the specific statements)
U(d, "In Washington, Pentagon deputy press secretary Sabrina Singh said", "informed before the launch.",
  ("United States", N, neu, "", "Washington = place here; facts about the missile and the notification"))
U(d, "She said Moscow probably had only a handful of such missiles", "heavier warheads.",
  ("United States", N, neu, "", "'She' = Singh; assessment, no judgement"))
U(d, "The United States would keep sending Ukraine the air-defence interceptors", "Singh added.",
  ("United States", S, pos, "Ukraine", "attribution tail; supply of weapons = supporting"))
U(d, "A White House spokesperson said the escalation was of Russia's own making", "dangerous and unserious.",
  ("United States", C, neg, "Russia", "blame + judgement of the Kremlin's rhetoric"))
U(d, "In London, a spokesman for Prime Minister Keir Starmer said", "because of it.",
  ("United Kingdom", C, neg, "Russia", "London = place; judgement of Moscow's conduct + continued backing (rule 1 -> condemning)"))
U(d, "Home Secretary Yvette Cooper said Putin's warnings to Britain", "the government's course.",
  ("United Kingdom", C, neg, "Russia", "dismissing the threats as 'empty posturing' = negative judgement of Putin (Russia)"))
U(d, "NATO said the new missile would not alter the alliance's resolve", "in close contact with Kyiv.",
  ("NATO", S, pos, "Ukraine", "attribution repeated mid-sentence (spokeswoman); resolve to support Ukraine"))
U(d, "The European Union's diplomatic service said the use of the missile", "stood firmly with Ukraine.",
  ("European Union", C, neg, "Russia", "'escalatory step by Moscow' = judgement + solidarity (rule 1)"))
U(d, "In Beijing, foreign ministry spokesman Lin Jian urged all parties", "had not changed.",
  ("China", T, neu, "", "appeal for restraint to all parties, no judgement; Beijing = place"))
U(d, "UN spokesman Stephane Dujarric said the news from Dnipro was deeply worrying", "type of missile used.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
# no rows: the unnamed Kyiv analyst (two sentences), the kitchen worker, the background on Pivdenmash, "Officials have not said ..."
