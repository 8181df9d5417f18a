# ------------------------------------------------------------------ Killing of Jamal Khashoggi (full HTML, Mediterranean English daily, 2018-10-20)
d = "page_khashoggi_consulate_webpage.html"
U(d, "Saudi Arabia acknowledged early on Saturday", "gone to meet him there.",
  ("Saudi Arabia", N, neg, "", "own account of the death (an admission), no judgement of another actor"))
U(d, "The public prosecutor's office said in a statement relayed", "were being held.",
  ("Saudi Arabia", N, neu, "", "prosecutor = state body; facts and arrests; SPA only relays (not an actor)"))
U(d, "By royal decree, King Salman dismissed", "overhaul the intelligence service.",
  ("Saudi Arabia", N, neu, "", "own measures reported as done"))
U(d, "A Saudi official, who asked not to be named", "the operation.",
  ("Saudi Arabia", N, neg, "", "unnamed official of a named government; denial of the crown prince's involvement = neutral"))
U(d, "US President Donald Trump told reporters in Arizona", "as a start.",
  ("United States", S, pos, "Saudi Arabia", "finds the account believable + welcomes the arrests = approval"))
U(d, "By Saturday his tone had hardened", "at risk.",
  ("United States", C, neg, "Saudi Arabia", "'deception' = accusation; the arms-sales caveat does not remove it (rule 1)"))
U(d, "Senator Lindsey Graham, a Republican ally", "the Saudi version.",
  ("United States", C, neg, "Saudi Arabia", "a senator speaks for the US (as Senator Cardin in the name files); disbelief of the Saudi account = judgement"))
U(d, "In Istanbul, Omer Celik, the spokesman for President", "whoever it implicated.",
  ("Turkey", N, neu, "", "AK Party = Turkey (name files); own procedure announced; Erdogan only in a possessive"))
U(d, "A senior Turkish official said investigators expected", "before long.",
  ("Turkey", N, neu, "", "unnamed official of a named government; expectation about the inquiry"))
U(d, "Erdogan and King Salman agreed in a telephone call", "presidential sources said.",
  ("Turkey", N, neu, "", "agreement to cooperate on a criminal inquiry = procedure, not a call for talks (unsure)"),
  ("Saudi Arabia", N, neu, "", "the same agreement reported for the king by Turkish sources"))
U(d, "German Chancellor Angela Merkel and Foreign Minister Heiko Maas said in a joint statement", "of an explanation.",
  ("Germany", C, neg, "Saudi Arabia", "'an outrage' + the explanation falls short"))
U(d, "Maas said separately that Berlin saw no basis", "remained open.",
  ("Germany", C, neg, "Saudi Arabia", "freeze on arms export approvals = a measure against another side"))
U(d, "France's foreign minister, Jean-Yves Le Drian, called the death a murder", "be identified.",
  ("France", C, neg, "Saudi Arabia", "'murder' + questions unanswered + demand: rule 1"))
U(d, "British Foreign Secretary Jeremy Hunt said London was studying", "the full facts.",
  ("United Kingdom", N, neu, "", "procedure, no judgement, no appeal"))
U(d, "Canadian Foreign Minister Chrystia Freeland said the story", "hold together.",
  ("Canada", C, neg, "Saudi Arabia", "judgement without stock words"))
U(d, "A spokeswoman for the EU's foreign policy chief", "held to account.",
  ("European Union", T, neu, "", "demand for an investigation and accountability with no judgement word = calling_for_talks (README); nobody named"))
U(d, "The office of UN Secretary-General Antonio Guterres said he was distressed", "exhaustive and transparent.",
  ("United Nations", T, neg, "", "distress + demand for an inquiry, no judgement"))
U(d, "The governments of the United Arab Emirates, Bahrain, and Egypt", "find the truth.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "praise of the king's decisions (list with Oxford comma)"),
  ("Bahrain", S, pos, "Saudi Arabia", "same list"),
  ("Egypt", S, pos, "Saudi Arabia", "same list"),
  ("Kuwait", S, pos, "Saudi Arabia", "second clause: approval of the arrests"))
U(d, "“King Salman has shown once again", "wrote on Twitter.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "praise"))
U(d, "Amnesty International's Middle East campaigns director", "reach the truth.",
  ("Amnesty International", C, neg, "Saudi Arabia", "distrust of the kingdom + UN-led inquiry: rule 1; the opening sentence 'Rights and press freedom groups were scathing' has no named actor"))
U(d, "Christophe Deloire, secretary-general of Reporters Without Borders", "for his words.",
  ("Reporters Without Borders", C, neg, "Saudi Arabia", "'an insult' = judgement of the Saudi account"))
U(d, "Hatice Cengiz, the Turkish fiancée", "was broken.",
  ("Hatice Cengiz", N, neg, "", "independent person; grief with no judgement or appeal"))
