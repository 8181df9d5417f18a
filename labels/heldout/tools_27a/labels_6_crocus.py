# ------------------------------------------------------------------ Crocus City Hall attack and the dispute over who was behind it (Russian state media in English, scraped, 2024-03-24)
d = "page_crocus_attack_statemedia.txt"
# No row: menu, language bar, date line, section, headline, standfirst, published line, share, caption with credit, ADVERTISEMENT, crossheads, READ MORE, RELATED, tags, Telegram prompt, copyright.
U(d, "Russia observed a national day of mourning on Sunday", "would be punished.",
  ("Russia", C, neg, "", "long lead: mourning and toll narrated + Putin's pledge to punish everyone behind it = threatened response; perpetrators unnamed -> target empty"))
U(d, "The Investigative Committee said on Sunday that 137 people", "was continuing.",
  ("Russia", N, neg, "", "casualty figures from a state body"))
U(d, "More than 180 people were injured, according to the Health Ministry.", "More than 180 people were injured, according to the Health Ministry.",
  ("Russia", N, neu, "", "figure with an attribution tail; the ministry = Russia"))
# "Gunmen in camouflage opened fire ..." narration: no row.
U(d, "On Saturday, Federal Security Service (FSB) Director Aleksandr Bortnikov reported to Putin", "after a car chase.",
  ("Russia", N, neu, "", "arrests reported as done (FSB = Russia); Putin is the addressee"))
U(d, "The FSB said the attackers had planned to cross into Ukraine", "on the Ukrainian side.",
  ("Russia", C, neg, "Ukraine", "insinuated Ukrainian link = accusation"))
U(d, "In a televised address to the nation on Saturday, Putin called the attack", "come to hear music.",
  ("Russia", C, neg, "", "judgement of the attack; attackers not named -> target empty"))
U(d, "\"We will find every one of them.", "he said.",
  ("Russia", C, neg, "", "multi-sentence quote closed by 'he said' = one unit; threat of punishment"))
U(d, "The president said the four gunmen had tried to escape towards Ukraine", "across the border.",
  ("Russia", C, neg, "Ukraine", "'The president' = Putin; accusation of Ukrainian help"))
U(d, "He also said that additional counter-terrorism measures", "national mourning.",
  ("Russia", N, neu, "", "own security measures and mourning day = plans/procedures"))
U(d, "Putin said Russia was ready to work with any country", "fight terrorism.",
  ("Russia", T, pos, "", "offer of cooperation (unsure: could be supporting or neutral)"))
U(d, "On Sunday evening a Moscow district court charged four men", "until May 22.",
  ("Russia", N, neu, "", "court procedure reported as done (unsure: could be narrative with no row)"))
U(d, "Kremlin spokesman Dmitry Peskov said on Sunday that Putin had spent the day", "every few hours.",
  ("Russia", N, neu, "", "president's schedule, facts"))
U(d, "He declined to comment on claims of responsibility", "investigators' conclusions.",
  ("Russia", N, neu, "", "declines to comment, waits for investigators = neutral"))
U(d, "Deputy Chairman of the Security Council Dmitry Medvedev wrote on Telegram", "hunted down and eliminated.",
  ("Russia", C, neg, "Ukraine", "Russia's Security Council (not the UN's); conditional threat; 'Kiev regime' = Ukraine"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova accused the US and its allies", "had even started.",
  ("Russia", C, neg, "United States", "accusation aimed at the US ('and its allies' not canonical)"))
U(d, "\"On what basis do officials in Washington already know who is innocent?", "she wrote on Telegram.",
  ("Russia", C, neg, "United States", "quote opened with a question, closed by the speaker; demand for evidence inside a jab = judgement (rule 1); Washington = metonym"))
U(d, "She said any attempt to use the tragedy to shield the Kiev regime", "seen for what it was.",
  ("Russia", C, neg, "", "veiled warning; aimed at unnamed 'any attempt' -> target empty"))
U(d, "The Islamic State terrorist group claimed responsibility for the attack through its Amaq outlet", "one of the attackers.",
  ("Islamic State", N, neg, "", "own claim of an attack = neutral (own act reported); Amaq is not an actor"))
# "Western officials and media have rushed to endorse the claim." outlet's summary line, unnamed: no row.
U(d, "White House National Security Council spokesperson Adrienne Watson said on Saturday", "played no role.",
  ("United States", C, neg, "Islamic State", "blame placed entirely on IS + Ukraine cleared; Kiev = metonym"))
U(d, "Watson also said the US had shared information with Russia in early March", "in Moscow.",
  ("United States", N, neu, "", "past warning shared = fact"))
U(d, "Kiev has denied any link to the attack.", "Kiev has denied any link to the attack.",
  ("Ukraine", N, neg, "", "metonym; bare denial = neutral, negative"))
U(d, "Mikhail Podolyak, an adviser to the head of Vladimir Zelensky's office, called the Russian claims nonsense", "staging a provocation.",
  ("Ukraine", C, neg, "Russia", "two Ukrainian speakers in one sentence (Podolyak's dismissal, GUR's counter-accusation) = one Ukraine row; the accusation of staging decides"))
U(d, "Ukraine's Foreign Ministry said in a statement that the accusations were a planned provocation", "further mobilization.",
  ("Ukraine", C, neg, "Russia", "counter-accusation; Kremlin = Russia"))
# "Russian political analysts noted ..." unnamed analysts: no row.
U(d, "Belarusian President Alexander Lukashenko sent condolences to Putin", "behind the attack.",
  ("Belarus", S, pos, "Russia", "condolences + offer of help = supporting; Minsk = metonym"))
U(d, "Tajik President Emomali Rahmon spoke to Putin by phone on Sunday", "the Kremlin said.",
  ("Tajikistan", C, neg, "", "condemnation of the attack, no perpetrator named; the Kremlin readout attributes it (no Russia row)"))
U(d, "Chinese President Xi Jinping sent a message of condolence", "keep the country safe.",
  ("China", S, pos, "Russia", "condolence + backing of Moscow's security work = supporting (the general rejection of terrorism is folded in)"))
U(d, "Kazakh President Kassym-Jomart Tokayev called the attack a monstrous crime", "Russian people.",
  ("Kazakhstan", C, neg, "", "judgement + solidarity: rule 1; no perpetrator named"))
U(d, "The UN Security Council issued a press statement condemning the attack", "brought to justice.",
  ("United Nations", C, neg, "", "UNSC = United Nations; condemnation + justice demand; no perpetrator named"))
U(d, "Indian Prime Minister Narendra Modi wrote that India shared the grief", "their government.",
  ("India", S, pos, "Russia", "solidarity = supporting"))
# Krasnogorsk mourners, blood donors, the woman named Tatyana (first name only, a private mourner with no position), theatres: no rows.
# Beslan comparison and security tightening: narration.
U(d, "Moscow Region Governor Andrey Vorobyov said the families of the dead", "severity of their wounds.",
  ("Russia", N, neu, "", "regional governor resolves to his state; compensation plan"))
