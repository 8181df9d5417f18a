# ------------------------------------------------------------------ Security Council on the Blue Line tunnels (meetings coverage reposted by a UN-watching blog, 2018-12-19/21)
d = "page_unsc_blueline_tunnels2018_unmeetings.txt"
# Not statements: blog header, breadcrumb, post line, "OBSERVER'S NOTE" intro ("We asked two specialists ..."), meeting header, the two headlines
# (they carry Lacroix's finding and the exchange: headlines, no row), "Statements" crosshead, closing time, disclaimer, comments, labels, footer.
U(d, "Mireille Sfeir, a senior fellow at the Beirut Centre for Security Studies", "the people who dug them.",
  ("Mireille Sfeir", N, neg, "", "invented analyst; reading of the session, no judgement of an actor"))
U(d, "\"Both governments left the room with what they wanted to hear", "she said.",
  ("Mireille Sfeir", N, neg, "", "forecast, no appeal"))
U(d, "Daniel Oren, a former peacekeeping adviser", "used far more often.",
  ("Daniel Oren", T, pos, "", "invented former adviser (speaks for no body); appeal to use the liaison talks = calling_for_talks"))
U(d, "Tunnels dug beneath the Blue Line separating Lebanon and Israel are a violation", "held to account for them.",
  ("United Nations", C, neg, "", "lede: the peacekeeping chief calls the tunnels a violation of 1701 (calls it illegal) without naming who dug them -> target empty; the Council's division is narration (unsure: could be neutral as a finding)"))
# "Jean-Pierre Lacroix ... briefed the Council at a meeting requested after Israel announced on 4 December ..." = background narration, no row.
U(d, "He said the United Nations Interim Force in Lebanon (UNIFIL) would complete", "disabled safely.",
  ("United Nations", N, neu, "", "plans and procedure"))
U(d, "The Lebanese authorities had been asked to follow up urgently", "he said.",
  ("United Nations", T, neu, "Lebanon", "passive request reported by Lacroix; appeal to one side to act, no judgement"))
U(d, "Mr. Lacroix cautioned that a misreading of intentions", "could be controlled.",
  ("United Nations", N, neg, "", "warning of a risk without an appeal = neutral, negative"))
U(d, "He added that both armies had given their word to coordinate through the mission", "the Secretariat valued.",
  ("United Nations", S, pos, "", "approval of the two armies' commitment; two parties -> target empty"),
  ("Israel", T, neu, "", "position reported by another speaker: the army's commitment to coordinate = agreeing to a channel of talks"),
  ("Lebanon", T, neu, "", "same, for the Lebanese army"))
U(d, "DANNY DANON (Israel) said the tunnels were the work of an organization", "in order to kill them.",
  ("Israel", C, neg, "Hezbollah", "accusation; 'an organization' = Hizbullah (named in the lede); Tehran mentioned as sponsor"))
U(d, "The Government of Lebanon, he continued, had looked the other way", "into a front line.",
  ("Israel", C, neg, "Lebanon", "attribution in the middle ('he continued'); judgement of the Lebanese government's complicity"))
U(d, "\"Not one of these tunnels could have been dug", "Lebanese Government today.",
  ("Israel", C, neg, "Lebanon", "quotation opened and left open at the paragraph break; same speaker"))
U(d, "\"Lebanon cannot keep telling this Council", "he said.",
  ("Israel", C, neg, "Lebanon", "speaker carried across the paragraph break, closed by 'he said'"))
U(d, "He urged members to list the whole of Hizbullah", "go after its funding.",
  ("Israel", C, neg, "Hezbollah", "call for designation and sanctions = condemning"))
U(d, "AMAL MUDALLALI (Lebanon) said her Government remained committed", "the mission had raised.",
  ("Lebanon", N, neu, "", "reassurance about own conduct"))
U(d, "Israel, she said, had breached Lebanese airspace", "being called.",
  ("Lebanon", C, neg, "Israel", "counter-accusation with figures"))
U(d, "She objected to text messages sent by the Israeli army", "in their own homes.",
  ("Lebanon", C, neg, "Israel", "judgement: an attempt to frighten civilians"))
U(d, "Lebanon did not want war, she stressed", "lower its rhetoric.",
  ("Lebanon", T, neg, "Israel", "appeal for de-escalation addressed through the Council to Israel, no judgement word"))
U(d, "RODNEY HUNTER (United States) said UNIFIL's findings settled", "it had not earned.",
  ("United States", C, neg, "Hezbollah", "holds Hizbullah responsible"))
U(d, "He faulted Council members he did not name", "outside the control of the State.",
  ("United States", C, neg, "", "criticism of unnamed Council members (and of Hizbullah's arsenal); several targets -> empty"))
U(d, "FRANÇOIS DELATTRE (France) said the disarmament of all armed groups", "a serious breach of it.",
  ("France", C, neg, "Hezbollah", "judgement of the tunnels as a breach"))
U(d, "He encouraged both parties to bring every incident to the tripartite mechanism", "Force Commander.",
  ("France", T, neu, "", "appeal to use the liaison talks"))
U(d, "KAREN PIERCE (United Kingdom) said Hizbullah's activities", "to grave risk.",
  ("United Kingdom", C, neg, "Hezbollah", "judgement without stock words"))
U(d, "DMITRY POLYANSKIY (Russian Federation) said his delegation understood", "Israel's side of the Blue Line.",
  ("Russia", T, neu, "Israel", "conditional acceptance + appeal to keep to its side, no judgement (unsure: could be neutral)"))
U(d, "The Council, he added, should also take note of Israeli aircraft", "strike targets in Syria.",
  ("Russia", C, neg, "Israel", "accusation by describing the other side's overflights and strikes"))
U(d, "MA ZHAOXU (China) called on all parties to exercise restraint", "in full.",
  ("China", T, neu, "", "appeal for restraint to all"))
U(d, "MANSOUR AYYAD SH. A. ALOTAIBI (Kuwait) said Kuwait stood with Lebanon", "delicate moment.",
  ("Kuwait", S, pos, "Lebanon", "solidarity"))
U(d, "Israel's daily violations of Lebanese sovereignty were the real threat", "he said.",
  ("Kuwait", C, neg, "Israel", "attribution tail; judgement"))
U(d, "KAREL J.G. VAN OOSTEROM (Netherlands) welcomed the speed", "there could be no excuse.",
  ("Netherlands", C, neg, "", "welcome of UNIFIL joined to a judgement of the tunnels: the judgement decides (rule 1); culprit not named -> target empty"))
U(d, "OLOF SKOOG (Sweden) said his delegation was worried", "largely calm since 2006.",
  ("Sweden", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "JOANNA WRONECKA (Poland) said her country hoped", "keep talking through UNIFIL.",
  ("Poland", T, pos, "", "hope that calm holds and talks go on = calling_for_talks"))
U(d, "SACHA SERGIO LLORENTI SOLÍZ (Bolivia) said the Council should not be used", "went unmentioned.",
  ("Bolivia", C, neg, "Israel", "objection to singling out + judgement of the occupation"))
U(d, "The representatives of Peru, Kazakhstan and Equatorial Guinea each stressed", "existing liaison channels.",
  ("Peru", T, neu, "", "states acting as a list: one row each; appeal to use the channels"),
  ("Kazakhstan", T, neu, "", "list"),
  ("Equatorial Guinea", T, neu, "", "list"))
U(d, "TAYE ATSKE SELASSIE AMDE (Ethiopia) said the findings of UNIFIL", "careful attention.",
  ("Ethiopia", N, neu, "", "procedural remark, no judgement or appeal"))
U(d, "The Council President, speaking in his capacity as the representative of Côte d'Ivoire", "contribute troops to it.",
  ("Ivory Coast", S, pos, "United Nations", "speaking in national capacity, so Côte d'Ivoire, not the Council; support for UNIFIL"))
U(d, "Taking the floor a second time, the representative of Israel said", "the word Hizbullah.",
  ("Israel", C, neg, "Lebanon", "right of reply: mockery as a judgement of Lebanon's silence"))
U(d, "The representative of Lebanon replied that her country would not take lessons", "for 22 years.",
  ("Lebanon", C, neg, "Israel", "reply: judgement (past occupation)"))
