# ------------------------------------------------------------------ Al-Aqbiya: the killing of an Irish UNIFIL peacekeeper (Irish foreign-ministry press page, 2022-12-15 to 2022-12-23)
d = "page_lebanon_aqbiya_unifil2022_mfa.txt"
# Not statements: site header, language bar, breadcrumb, menu, the page's introductory note, release titles and dates,
# travel-advice box, media contacts, share bar, related pages, copyright.
U(d, "The Tánaiste and Minister for Foreign Affairs and Defence, Micheál Martin TD, has been informed", "Lebanese Army intelligence.",
  ("Ireland", N, neu, "", "procedural: the minister reports an arrest made by another state; the suspect is not an actor"))
U(d, "\"I welcome this arrest as a first step", "the Tánaiste said.",
  ("Ireland", T, pos, "Lebanon", "welcome joined to an appeal for prosecutions, no judgement word: rule 2 before rule 3 = calling_for_talks"))
U(d, "\"No one who fires on soldiers wearing the blue helmet", "every stage of this case.\"",
  ("Ireland", C, neg, "", "quote continued after the attribution; warning to the perpetrators = threatened response; no canonical target"))
U(d, "The Tánaiste noted reports that the suspect had been handed over by Hezbollah", "answers for this crime.",
  ("Ireland", C, neg, "Hezbollah", "rejects an armed group's role as arbiter = pointed rebuke (unsure: could be neutral)"))
U(d, "Hezbollah has publicly said it had no part in the incident", "whether that account holds.",
  ("Hezbollah", N, neg, "", "Hezbollah's position reported by Ireland: denial = neutral, negative"),
  ("Ireland", N, neu, "", "reserves judgement pending the investigations"))
U(d, "The Tánaiste has asked the Irish Ambassador in Beirut to remain in daily contact", "Military Prosecutor.",
  ("Ireland", N, neu, "", "procedural line"))
# "The Tánaiste today joined the Chief of Staff ... to receive the remains" = ceremony narrated, no position, no row.
U(d, "\"Today the country receives home a young man", "the Tánaiste said.",
  ("Ireland", N, neg, "", "tribute and grief, own commitment to the truth; no judgement of another side, no appeal"))
U(d, "He thanked the Lebanese Armed Forces and UNIFIL for the dignity", "escorted to Beirut airport.",
  ("Ireland", S, pos, "", "gratitude to two actors (Lebanon's army and the UN mission) -> target empty"))
U(d, "The Tánaiste confirmed that Trooper Shane Kearney remains in a stable condition", "transfer to Ireland.",
  ("Ireland", N, neu, "", "facts and plans"))
U(d, "Ireland welcomes the press statement agreed yesterday by all fifteen members", "swiftly to justice.",
  ("Ireland", S, pos, "United Nations", "welcome of the Council's statement = supporting"),
  ("United Nations", C, neg, "", "the Council's position relayed by Ireland: condemnation + call for justice, rule 1"))
U(d, "The Council also stressed that attacks on peacekeepers may constitute war crimes", "carrying out its mandate.",
  ("United Nations", C, neg, "", "war-crimes warning + backing of its own mission: the judgement decides"))
U(d, "Ireland asks the Council and the Secretariat to keep the three investigations", "progress in the new year.",
  ("Ireland", N, neu, "", "procedural request about the inquiries, no peace appeal, no judgement"))
U(d, "UN Secretary-General António Guterres, in a message conveyed", "Government of Ireland.",
  ("United Nations", S, neg, "Ireland", "condolences to Ireland = solidarity (supporting), grief = negative"))
U(d, "Ireland's participation in UNIFIL remains unchanged", "to assist the inquiries.",
  ("Ireland", S, neu, "United Nations", "backing by act: staying in the mission and sending investigators to support it (unsure: could be neutral own conduct)"))
# "The Minister for Foreign Affairs ... spoke by phone this afternoon with ..." = a call listed in narrative, no row.
U(d, "Prime Minister Mikati conveyed the condolences of the Lebanese Government", "full weight of Lebanese law.",
  ("Lebanon", C, neg, "", "condolences + threatened punishment of the perpetrators: rule 1; no canonical target"))
U(d, "Mr Mikati told the Minister that Lebanon stood by UN Security Council Resolution 1701", "immediate investigation.",
  ("Lebanon", N, neu, "", "reassurance about own conduct + procedure"))
U(d, "Minister Coveney told both interlocutors that the attack on a clearly marked UN vehicle was indefensible", "without a name.",
  ("Ireland", C, neg, "", "'indefensible' + refusal of any cover-up = judgement; no canonical target"))
U(d, "He also raised Ireland's concern at the hostility shown towards UNIFIL patrols", "move freely and safely.",
  ("Ireland", T, neg, "Lebanon", "concern + appeal to the government for safe movement, no judgement = calling_for_talks"))
U(d, "Foreign Minister Bou Habib said Lebanon valued Ireland's more than four decades", "violence on Lebanese soil.",
  ("Lebanon", S, neg, "Ireland", "praise of Ireland's service + sympathy = supporting; 'regretted' aims at no actor"))
U(d, "He said Beirut was troubled by what the incident might do to the trust", "villages it works among.",
  ("Lebanon", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "It is with great sadness that I learned last night of the death", "near the village of Al-Aqbiya in southern Lebanon.",
  ("Ireland", N, neg, "", "grief + facts, first person of the minister = Ireland"))
U(d, "Private Rooney, who was 23 and from Newtowncunningham", "treated for lesser injuries.",
  ("Ireland", N, neu, "", "facts given by the minister"))
U(d, "My thoughts, and those of the whole Government, are with Private Rooney's family", "terribly difficult time.",
  ("Ireland", N, neg, "", "sympathy for its own citizens: no other actor addressed"))
U(d, "This was a shocking attack on soldiers whose only purpose", "anything to provoke it.",
  ("Ireland", C, neg, "", "judgement of the attack + denial that troops provoked it: the judgement decides"))
U(d, "The Defence Forces have confirmed that the two vehicles", "came under small arms fire.",
  ("Ireland", N, neu, "", "the army speaks for its state; own account of the incident"))
U(d, "Ireland has served in Lebanon since 1978 and will not be driven out", "almost 45 years.",
  ("Ireland", C, neg, "", "defiance of the attackers ('will not be driven out') read as a judgement without a stock word (unsure: could be supporting the UN mission)"))
U(d, "I am in contact with the Secretary-General's office and with the head of mission", "establish what happened.",
  ("Ireland", N, neu, "", "procedural contacts"),
  ("United Nations", N, neu, "", "the UNIFIL head's assurance of an inquiry, relayed by Ireland = procedure"))
U(d, "I hope the communities of the south, who have known Irish soldiers", "calm returns to the area.",
  ("Ireland", T, pos, "", "hope for calm + appeal for cooperation = calling_for_talks"))
U(d, "The Taoiseach, Micheál Martin TD, speaking in Brussels", "in the weeks ahead.",
  ("Ireland", N, neg, "", "grief and own commitment to the family, no other actor addressed"))
U(d, "The EU High Representative, Josep Borrell, telephoned the Minister", "serving in UNIFIL.",
  ("European Union", S, neg, "Ireland", "condolences + support for Irish troops = supporting"))
# Travel advice box = standing advice, not a statement.
