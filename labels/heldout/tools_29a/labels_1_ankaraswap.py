# ------------------------------------------------------------------ US-Russia prisoner exchange in Ankara (international wire copy, 2024-08-01)
d = "page_ankara_swap_wire.txt"
# No rows: headline, byline, caption + "1 of 4", Summary bullets (never statements).
U(d, "Russia freed Wall Street Journal reporter Evan Gershkovich", "national intelligence agency said.",
  ("Turkey", N, neu, "", "dateline excluded; long lead: the exchange is narration, the attribution tail makes it MIT's account (Turkey, facts); Germany's handover narrated, no Germany row"))
U(d, "The agency, known by its Turkish initials MIT", "three to the United States.",
  ("Turkey", N, neu, "", "'The agency' = MIT = Turkey; figures and routing, no evaluation"))
# No row: "The swap, negotiated in secret ..." (background narration, Moscow and the West as subjects).
U(d, "U.S. President Joe Biden, speaking at the White House", "to make it possible.",
  ("United States", S, pos, "", "thanks to five governments = supporting; several states -> target empty; Washington's partners are objects, not speakers"))
U(d, "\"Some of them were held for years", "Biden said.",
  ("United States", C, neg, "Russia", "two-sentence quote closed by its speaker = one unit; 'charges nobody outside the Kremlin took seriously' is a judgement on Russia (the Kremlin only as object)"))
U(d, "Biden, who had spoken to the freed Americans by telephone", "late on Thursday.",
  ("United States", N, neu, "", "own plan; 'Washington' here is a place, not a metonym"))
U(d, "National Security Adviser Jake Sullivan told reporters", "exactly as before.",
  ("United States", S, pos, "Ukraine", "no thaw with Moscow + continued backing for Ukraine = supporting Ukraine"))
U(d, "He said the administration would keep pressing Russia", "whom he did not name.",
  ("United States", T, neu, "Russia", "'He' = Sullivan; demand addressed to one side with no judgement word = calling_for_talks (unsure: could be neutral)"))
U(d, "According to a readout issued by Turkey's presidency", "in the operation.",
  ("United States", S, pos, "Turkey", "Biden's thanks reported in the Turkish readout = a US position (Turkey only reports it, no Turkey row)"))
U(d, "Omer Celik, spokesman for Erdogan's ruling AK Party", "when others could not.",
  ("Turkey", N, pos, "", "AK Party spokesman = Turkey (guide table); self-praise of Turkey's role = neutral, positive"))
# No row: "Those released by Russia also included ..." (list of names, narration).
U(d, "In Moscow, the Kremlin said President Vladimir Putin had signed decrees", "could come home.",
  ("Russia", N, neu, "", "Moscow = place, the Kremlin = speaker; pardons as a procedure"))
U(d, "It singled out Belarusian leader Alexander Lukashenko for thanks", "arranging the swap.",
  ("Russia", S, pos, "Belarus", "'It' = the Kremlin; thanks to Lukashenko (+ other governments unnamed) = supporting Belarus; Minsk = place"))
U(d, "Lukashenko pardoned Krieger on Tuesday", "without explaining the decision.",
  ("Belarus", N, neu, "", "specific act reported as done (a pardon), no judgement"))
U(d, "The FSB security service, quoted by the state news agency TASS", "agents of foreign interests.",
  ("Russia", C, neg, "", "agency quoting an official body -> the FSB = Russia (TASS is not an actor); calling the freed prisoners agents of foreign interests is an accusation; no actor named -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov rejected the notion", "convicted by a court.",
  ("Russia", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "Asked about freed dissidents who might one day wish to go back", "stay where they were.",
  ("Russia", C, neg, "", "'he' = Peskov; veiled warning to the freed dissidents (a threat); they are not an actor -> target empty (unsure: could be read as neutral)"))
U(d, "Former president Dmitry Medvedev, now deputy chairman of Russia's Security Council", "wherever they settled.",
  ("Russia", C, neg, "", "Russia's Security Council, not the UN's; position opened after a colon inside the same sentence; threat to the 'traitors' -> condemning, target empty"))
U(d, "Putin himself greeted the eight returnees", "promised all of them state awards.",
  ("Russia", N, pos, "", "own honours for returnees = neutral (own measures), positive tone"))
# No rows: the Krasikov background paragraph ("was convicted in 2021 ...", "Putin had hinted for months that he wanted him back." = vague background, past).
U(d, "German Chancellor Olaf Scholz, who broke off his summer holiday", "whether to let Krasikov go.",
  ("Germany", N, neg, "", "own decision and its difficulty, no judgement of another actor"))
U(d, "\"We owed it to the Germans held in Russia", "Scholz told reporters.",
  ("Germany", S, pos, "United States", "quote closed by its speaker; standing by the American partners = supporting the United States"))
U(d, "\"The man we released killed someone in the middle of Berlin", "I do not pretend otherwise.\"",
  ("Germany", C, neg, "Russia", "quote continued in the next paragraph = own unit, same speaker; killing 'on the orders of the Russian state' is an accusation of Russia; Berlin = place"))
U(d, "In Warsaw, the Polish government confirmed", "under the name Pablo Gonzalez.",
  ("Poland", N, neu, "", "Warsaw = place; own act confirmed"))
U(d, "Slovenia and Norway, which released the Dultsev couple", "in line with their own laws.",
  ("Slovenia", N, neu, "", "two states in one sentence = two rows; own legality"),
  ("Norway", N, neu, "", "same sentence, second state"))
# No row: "Reaction in other European capitals came quickly." (summary line before the specific statements).
U(d, "British Foreign Secretary David Lammy said Kara-Murza", "Siberian penal colony.",
  ("United Kingdom", C, neg, "Russia", "judgement on Russia's jailing of Kara-Murza ('the Russian authorities')"))
U(d, "Prime Minister Keir Starmer said on X that he welcomed the news", "as they were reunited.",
  ("United Kingdom", S, pos, "", "welcome of the releases with no appeal or judgement = supporting; no single actor -> target empty"))
U(d, "European Council President Charles Michel welcomed the releases", "let every one of them go.",
  ("European Union", C, neg, "Russia", "welcome + accusation of holding political prisoners + demand: rule 1 (the judgement decides)"))
U(d, "Whelan's brother David, who has campaigned for his release", "fade from view.",
  ("David Whelan", S, pos, "", "independent person under his own name (role then name: 'Whelan's brother David'); gratitude to unnamed officials -> target empty"))
# No rows: Gershkovich/Whelan background ("charges that he, his newspaper and the U.S. government all rejected" = past
# positions in background narration); "Analysts said ..." and the unnamed "Western analyst" (not actors); reporting credits, Trust Principles, Related, Topics, newsletter, Most read.
