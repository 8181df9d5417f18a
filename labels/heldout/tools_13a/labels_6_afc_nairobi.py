# ------------------------------------------------------------------ AFC launched in Nairobi; Kinshasa recalls its ambassador to Kenya (scraped Kenyan news page, 2023-12-17)
d = "page_afc_nairobi_kenya_scraped.txt"
U(d, "President William Ruto has said Kenya will not arrest the Congolese politicians", "for what they say.",
  ("Kenya", N, neu, "", "refusal of a request with a principle given, no judgement of Kinshasa; the alliance's launch is narrated in a relative clause (its row is below)"))
U(d, "Speaking to journalists at State House on Sunday, Ruto said the government in Kinshasa had asked", "could be detained.",
  ("Democratic Republic of the Congo", C, neg, "M23", "a position of X reported by Y: Kinshasa's request to detain the alliance's organisers = a punitive demand against them (unsure: could be neutral); Ruto himself only reports it"))
U(d, "\"Our constitution protects speech, including speech we do not like.", "he said.",
  ("Kenya", N, neu, "", "multi-sentence quote closed by 'he said' (Ruto); principle + legal assurance, no judgement"))
U(d, "Ruto said the recall of the Congolese ambassador was a matter for Kinshasa", "remained cordial.",
  ("Kenya", N, pos, "", "reassurance about the relationship = neutral, positive tone"))
U(d, "On Saturday, the Democratic Republic of Congo recalled its ambassador to Kenya", "announced on X.",
  ("Democratic Republic of the Congo", C, neg, "Kenya", "recalling envoys in protest = condemning; Tshibanda (MFA spokesperson) gives the attribution tail; Tanzania only a place"))
U(d, "Kenya's ambassador in Kinshasa was summoned the same day", "Christophe Lutundula.",
  ("Democratic Republic of the Congo", C, neg, "Kenya", "summoning = protest; passive with the summoner named (Kazadi = DRC); Lutundula only mentioned"))
U(d, "According to a statement from his office, Kazadi told the envoy", "East African Community.",
  ("Democratic Republic of the Congo", C, neg, "Kenya", "'incompatible with Kenya's obligations' = judgement without stock words; the EAC is mentioned, not a speaker"))
U(d, "\"If Nairobi keeps giving these people a platform", "told local media.",
  ("Democratic Republic of the Congo", C, neg, "Kenya", "threat; Nairobi = metonym"))
U(d, "On Friday evening, government spokesperson Patrick Muyaya", "from the Kenyan authorities.",
  ("Democratic Republic of the Congo", C, neg, "Kenya", "'an act of hostility' = judgement + demand for answers (rule 1)"))
U(d, "In a statement on Sunday, Prime Cabinet Secretary Musalia Mudavadi", "anything said at it.",
  ("Kenya", N, neg, "", "denial of involvement = neutral, negative tone"))
U(d, "The ministry said it had opened an inquiry into who organised the event", "broke Kenyan law.",
  ("Kenya", N, neu, "", "'The ministry' = Kenya's Foreign Affairs ministry; own procedure"))
U(d, "It added that foreigners, like Kenyans, needed no permission", "speak to the press.",
  ("Kenya", N, neu, "", "'It' = the ministry; statement of principle"))
U(d, "Nairobi remained \"a partner of the Congolese people\"", "the statement said.",
  ("Kenya", S, pos, "Democratic Republic of the Congo", "continued backing for peace efforts = supporting; attribution tail; Nairobi = metonym"))
U(d, "On Saturday, government spokesman Isaac Mwaura had told journalists", "position on Sunday.",
  ("Kenya", N, neu, "", "announcement of a statement to come (procedure)"))
U(d, "At Friday's launch at a Nairobi hotel, Corneille Nangaa", "\"rebuild the state.\"",
  ("M23", N, pos, "", "the AFC is an alias of M23 in the name files; Nangaa announces the alliance and its aim, no judgement in this sentence"))
U(d, "Nangaa, who is under U.S. sanctions over his role", "country's institutions.",
  ("M23", C, neg, "Democratic Republic of the Congo", "accusation of Tshisekedi's government; the US is only mentioned (sanctions as background, no row)"))
U(d, "Speaking to foreign media on Saturday, Nangaa said the alliance's door was open", "work for peace.",
  ("M23", T, pos, "", "open door to any Congolese working for peace = offer, no judgement"))
U(d, "He denied that the alliance was a front for Rwanda", "arming the rebels.",
  ("M23", N, neg, "", "'He' = Nangaa; denial = neutral, negative"),
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "Kinshasa's standing accusation reported in a relative clause"),
  ("United Nations", C, neg, "Rwanda", "'United Nations experts' = the UN's Group of Experts, a UN body; accusation"))
U(d, "Kigali denies the charge.", "Kigali denies the charge.",
  ("Rwanda", N, neg, "", "Kigali = metonym; denial"))
U(d, "The head of the UN peacekeeping mission in Congo (MONUSCO), Bintou Keita", "only by peaceful means.",
  ("United Nations", T, neg, "M23", "MONUSCO = UN; worry + appeal to the platform's leaders to use peaceful means only, no judgement word (rule 2)"))
