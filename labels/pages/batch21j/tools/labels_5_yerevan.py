# ------------------------------------------------------------------ Yerevan, 1 March 2008 and the state of emergency (international wire copy, 2008-03-07)
d = "page_yerevan_emergency_wire.txt"
U(d, "Armenia's outgoing President Robert Kocharyan said the state of emergency", "talks with the opposition.",
  ("Armenia", N, neg, "", "dateline excluded; long lead; keeping his own emergency measure in force = procedure (neutral, unsure: could be read as a measure against the opposition)"),
  ("United States", T, neu, "Armenia", "position of Washington (metonym) reported inside Kocharyan's sentence: call to lift the emergency and talk"),
  ("European Union", T, neu, "Armenia", "same, reported position of the EU"))
U(d, "\"We will lift it on the day I am certain there will not be a second night like Saturday.", "at the presidential residence.",
  ("Armenia", C, neg, "", "multi-sentence quote closed by the speaker; accusation by describing the other side's attacks on police (unnamed gunmen -> target empty)"))
U(d, "Eight people, seven civilians and a police officer, were killed on March 1", "more than 130 people were hurt.",
  ("Armenia", N, neg, "", "casualty figures given by the Foreign Ministry (attribution mid-sentence) = neutral"))
U(d, "The violence followed the dispersal at dawn of a ten-day protest camp", "was rigged.",
  ("Levon Ter-Petrosyan", C, neg, "Armenia", "background sentence carrying a position: 'who says the election ... was rigged' = accusation; the opposition leader is his own actor (no party yet)"))
# "By evening, thousands had regrouped ..." and "A 20-day state of emergency was declared shortly before midnight. It bans ..." : passive narration and the decree's content, no rows
# "Several opposition news websites have been blocked ..." : passive narration, no row
U(d, "Foreign Minister Vardan Oskanian denied that Ter-Petrosyan was under house arrest,", "for his own safety.",
  ("Armenia", N, neg, "", "denial = neutral, negative"))
U(d, "The chief of the general staff, Colonel-General Seyran Ohanyan,", "the law allowed.",
  ("Armenia", C, neg, "", "the army speaks for its state; threat of force against any new unrest, no side named -> target empty"))
U(d, "Prosecutor-General Aghvan Hovsepyan said dozens of people had been detained,", "attempting to seize power.",
  ("Armenia", N, neg, "", "detentions and criminal cases reported as procedure = neutral (as batch5c's court charging suspects; unsure)"))
U(d, "\"Keeping this country safe is our job and nobody else's.", "said on Friday.",
  ("Armenia", N, neg, "", "multi-sentence quote closed by the spokesman (role then name); rebuff of foreign pressure without a judgement of a named actor = neutral (unsure)"))
U(d, "He said the media rules affected only reporting on domestic politics", "together with the emergency.",
  ("Armenia", N, neu, "", "'He' = Soghomonyan; reassurance about own measures = neutral"))
U(d, "Sargsyan, who is due to be inaugurated on April 9, said his hand was extended", "Ter-Petrosyan's camp.",
  ("Armenia", C, neg, "Levon Ter-Petrosyan", "Prime Minister and president-elect = Armenia; offer of dialogue + refusal of 'those who had led crowds onto the barricades' (a judgement): rule 1; the outlet's gloss names the target"))
U(d, "In a statement distributed by his office, Ter-Petrosyan said the authorities had turned their guns", "Kocharyan and Sargsyan.",
  ("Levon Ter-Petrosyan", C, neg, "Armenia", "accusation + blame on the leaders (= Armenia)"))
U(d, "He called for an independent international inquiry into the deaths.", "into the deaths.",
  ("Levon Ter-Petrosyan", T, neu, "", "'He' = Ter-Petrosyan; demand for an inquiry with no judgement word = calling_for_talks (as batch5c)"))
U(d, "His spokesman, Arman Musinyan, said the movement had suspended street protests", "lawful to do so.",
  ("Levon Ter-Petrosyan", N, neu, "", "spokesman for the opposition leader; own plans and legal procedure = neutral"))
# "The reaction abroad was swift but cautious." : summary line, no row
U(d, "The U.S. State Department urged the government and the opposition to step back from confrontation,", "spokesman Sean McCormack said.",
  ("United States", T, neu, "", "appeal to both sides, attribution tail"))
U(d, "Deputy Assistant Secretary of State Matthew Bryza, who met Kocharyan and Ter-Petrosyan", "allowed to work freely.",
  ("United States", T, neu, "Armenia", "demand to lift the emergency with no judgement word = calling_for_talks; the two leaders are objects"))
U(d, "EU foreign policy chief Javier Solana said he was deeply troubled by the loss of life", "to Yerevan.",
  ("European Union", T, neg, "", "concern + appeal to both sides + sending an envoy = calling_for_talks"))
U(d, "Slovenia, which holds the EU's rotating presidency, said on behalf of the bloc", "Council of Europe.",
  ("European Union", C, neg, "Armenia", "the rotating presidency speaking on behalf of the bloc = European Union, not Slovenia; 'could not be squared with its commitments' = judgement without stock words"))
U(d, "The Organization for Security and Co-operation in Europe's chairman-in-office, Finnish Foreign Minister Ilkka Kanerva,", "and the opposition.",
  ("OSCE", T, neu, "", "a minister acting as chairman-in-office = OSCE, not Finland; sending an envoy to start a dialogue = calling_for_talks"))
U(d, "After meeting both camps, Talvitie told reporters he had found", "quick breakthrough.",
  ("OSCE", N, neg, "", "the OSCE envoy's assessment, no appeal = neutral, negative"))
U(d, "Council of Europe Secretary General Terry Davis asked Yerevan to set out the legal grounds", "harder to start.",
  ("Council of Europe", C, neg, "Armenia", "Yerevan = metonym as object; request + judgement that the restrictions obstruct dialogue: rule 1 (unsure: could be calling_for_talks)"))
U(d, "U.N. Secretary-General Ban Ki-moon called for calm", "differences peacefully.",
  ("United Nations", T, neu, "", "appeal for calm and peaceful settlement"))
# "Moscow, Armenia's closest ally, took a different tone." : summary line before the specific statements, no row
U(d, "Moscow regarded the unrest as Armenia's internal affair and trusted the authorities to restore calm,", "Mikhail Kamynin said.",
  ("Russia", S, pos, "Armenia", "Moscow = metonym; non-interference + confidence in the authorities = backing the government (unsure: could be neutral); attribution tail"))
U(d, "He said attempts to overturn in the street an election", "toward chaos.",
  ("Russia", C, neg, "Levon Ter-Petrosyan", "'He' = Kamynin; judgement on the opposition's street campaign (target = its leader)"))
U(d, "President Vladimir Putin congratulated Sargsyan on his victory shortly after the vote.", "shortly after the vote.",
  ("Russia", S, pos, "Armenia", "a specific act reported as done (guide): congratulations = backing; the act dates from February, recalled here as background (unsure)"))
# "Analysts said the crackdown had settled ..." : unnamed, no row
U(d, "\"The authorities have won the street, but they have lost a part of the country.", "Yerevan Centre for Political Research.",
  ("Ruben Hakobjanyan", N, neg, "", "independent analyst named after the quote; assessment, no judgement"))
U(d, "\"The question for the coming months is whether the opposition goes underground", "he said.",
  ("Ruben Hakobjanyan", N, neg, "", "quote continued in the next paragraph; scenario of radicalisation"))
U(d, "Hakobjanyan said the government and Ter-Petrosyan's camp should agree", "lower the temperature.",
  ("Ruben Hakobjanyan", T, neu, "", "appeal for an agreed inquiry = calling_for_talks"))
U(d, "Laurence Whitcombe, a Caucasus researcher at the London-based Black Sea Policy Forum,", "with the European Union.",
  ("Laurence Whitcombe", N, neu, "", "independent researcher; interests and timing, no judgement"))
U(d, "\"Baku will watch this very carefully.", "Whitcombe said.",
  ("Laurence Whitcombe", N, neg, "", "multi-sentence quote; Baku and Yerevan are metonyms inside an analyst's sentence, not speakers"))
U(d, "He said the government had used a real outbreak of violence as a pretext", "too slow to say so.",
  ("Laurence Whitcombe", C, neg, "Armenia", "judgement ('a pretext to silence every independent voice') on the government; the criticism of the Europeans is secondary"))
# reporting credits, captions, Trust Principles, Related:, Topics, newsletter, MOST READ, copyright: never statements
