# ------------------------------------------------------------------ Armenia's Prime Minister Serzh Sargsyan resigns after street protests (Reuters-style wire, 2018-04-23)
d = "page_sargsyan_resigns_wire.txt"
U(d, "Armenian Prime Minister Serzh Sargsyan resigned on Monday", "Nikol Pashinyan.",
  ("Armenia", N, neu, "", "dateline 'YEREVAN (Reuters) - ' excluded; the prime minister's resignation = own decision reported as done, no judgement = neutral"))
U(d, "In a short statement posted on his website, Sargsyan admitted", "stepping aside.",
  ("Armenia", N, neu, "", "admission and own decision = neutral; 'his opponent' = Pashinyan, only mentioned"))
U(d, "\"I will not stand between the people and what they are asking for.", "the statement said.",
  ("Armenia", T, pos, "", "multi-sentence quote closed by an attribution tail; appeal to all sides to keep the calm = calling_for_talks"))
U(d, "First Deputy Prime Minister Karen Karapetyan, a former mayor of Yerevan", "the government said.",
  ("Armenia", N, neu, "", "constitutional procedure, attribution tail"))
U(d, "On Sunday, Sargsyan had walked out of a televised meeting", "for any consequences.",
  ("Armenia", C, neg, "Civil Contract", "accusation of blackmail + warning; Pashinyan's side = his party Civil Contract (not Armenia: he was in opposition on the date)"))
U(d, "Hours later, police detained Pashinyan and two other opposition deputies", "endangered the public.",
  ("Armenia", C, neg, "Civil Contract", "detention (a measure by act) + the prosecutors' accusation; one row per actor"))
U(d, "The police said officers had acted within the law", "excessive force.",
  ("Armenia", N, neg, "", "denial = neutral, negative"))
U(d, "Pashinyan was freed on Monday morning and went straight to Republic Square", "not yet done.",
  ("Civil Contract", N, pos, "", "Pashinyan = Civil Contract, his party, on this date (the name files list him as an alias of Armenia for his later office, so he is not declared); own assessment = neutral, positive"))
U(d, "He asked them to authorise him to negotiate with Karapetyan", "parliamentary elections.",
  ("Civil Contract", T, pos, "Armenia", "'He' = Pashinyan; seeks talks with the acting prime minister (= Armenia)"))
U(d, "Pashinyan also had a warning for the ruling party:", "in these eleven days.",
  ("Civil Contract", C, neg, "Republican Party of Armenia", "quotation opened after a colon and left open; warning/judgement aimed at the ruling party"))
U(d, "\"We seek no revenge against anyone.", "free election,\" he said.",
  ("Civil Contract", T, pos, "", "quotation continued over the paragraph break; call for a peaceful transfer of power"))
U(d, "Karapetyan's office said he was ready to meet Pashinyan", "on Wednesday.",
  ("Armenia", T, neu, "Civil Contract", "possessive before the speaker ('Karapetyan's office' = the acting PM = Armenia); offer of talks = calling_for_talks"))
U(d, "President Armen Sarkissian, whose post is now largely ceremonial, welcomed", "without delay.",
  ("Armenia", T, pos, "", "head of state = Armenia; welcome + appeal for consultations, no judgement: rule 2 before rule 3"))
U(d, "The Republican Party's spokesman, Eduard Sharmazanov, said the party respected", "constitution allowed.",
  ("Republican Party of Armenia", N, neu, "", "ruling party as its own actor (not the US Republican Party of the name files); plan = neutral"))
U(d, "He said the party's majority would not hand the government", "blockading the streets.",
  ("Republican Party of Armenia", C, neg, "Civil Contract", "'He' = Sharmazanov; refusal with an accusation (trying to 'seize' power) = condemning (unsure: could be read as a neutral constitutional position)"))
U(d, "The defence ministry said soldiers who had joined the protesters", "disciplinary proceedings.",
  ("Armenia", C, neg, "", "announced measures against its own soldiers for breaking the law = condemning; no canonical target"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov told reporters", "its closest ally.",
  ("Russia", N, neu, "", "'an internal matter' + following closely, no appeal = neutral; Moscow = place"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova wrote on Facebook", "stand by them.",
  ("Russia", S, pos, "Armenia", "praise of Armenians + solidarity = supporting; the demonym = Armenia"))
U(d, "On Sunday, the EU delegation in Yerevan and the embassies of EU member states", "settlement through talks.",
  ("European Union", T, neg, "", "joint statement of the EU delegation and member states' embassies = the EU (one row); alarm + appeal for restraint and talks"))
U(d, "A spokeswoman for EU foreign policy chief Federica Mogherini said on Monday", "to be released.",
  ("European Union", T, neg, "Armenia", "'the bloc' = the EU; demand addressed to the authorities, no judgement word = calling_for_talks, negative"))
U(d, "The U.S. Embassy in Yerevan commended Armenians", "under the constitution.",
  ("United States", S, pos, "Armenia", "praise of the Armenians' peaceful protest = supporting; readiness to work with any government is neutral and does not change it"))
U(d, "U.N. Secretary-General Antonio Guterres hoped Armenia's political forces", "his spokesman said.",
  ("United Nations", T, pos, "", "hope for dialogue via the spokesman = calling_for_talks"))
U(d, "Ingibjorg Solrun Gisladottir, who heads the OSCE's human rights office", "over the weekend.",
  ("OSCE", N, neg, "", "head of the OSCE's human rights office (ODIHR) = OSCE; concern without an appeal = neutral, negative"))
U(d, "Neighbouring Georgia and Iran said they respected the choice", "remain stable.",
  ("Georgia", T, pos, "", "two states in one sentence = two rows; hope for stability = calling_for_talks"),
  ("Iran", T, pos, "", "same sentence"))
