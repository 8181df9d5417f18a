# ---------------------------------------------------------------- 2. Azerbaijan: Nardaran special operation (state agency)
d = "page_azerbaijan_nardaran_raid2015_stateagency.txt"
AZ = "Azerbaijan"
MUM = "Muslim Unity Movement"
CMB = "Caucasian Muslims Board"
NAP = "New Azerbaijan Party"
# "The special operation conducted on November 26 ... who unanimously stress that the timely measures ... prevented a dangerous plot ..."
#   -> the agency's summary line before the specific statements (officials, MPs, 'the public'), no row (counting it would double the rows below)
U(d, "As was reported, according to the joint statement of the Ministry of Internal Affairs and the Prosecutor General's Office", "to carry out acts of terror.",
  (AZ, C, neg, MUM, "joint statement of two state bodies = Azerbaijan; an armed group 'hiding its real aims behind religious slogans' preparing disorder and terror = accusation (the group is named in the next sentence)"))
U(d, "The statement noted that Taleh Bagirov, Elman Aghayev, Zulfugar Mikayilov and Abulfaz Bunyatov", "against representatives of the state.",
  (AZ, C, neg, MUM, "accuses the founders of the 'so-called Muslim Unity movement' of plotting to overthrow the constitutional order by force and arming supporters"))
U(d, "During the operation to detain the said persons, members of the group offered armed resistance,", "by the Prosecutor General's Office.",
  (AZ, C, neg, MUM, "long reported-speech sentence: accusation of armed resistance + the state's own use of force, arrests and a criminal case = measures against the group -> condemning"))
U(d, "Prosecutor General of the Republic of Azerbaijan Zakir Garalov said that a joint investigative group", "regardless of the position they held.",
  (AZ, C, neg, MUM, "joint investigative group (procedure) + 'everyone involved ... would be brought to justice' = threatened response (unsure: could be neutral procedure)"))
U(d, "Minister of Internal Affairs, Colonel General Ramil Usubov, visited the families of the fallen officers", "would never be forgotten.",
  (AZ, N, pos, "", "care for the families of its own officers = reassurance about the state's own conduct -> neutral, positive (families are not actors)"))
U(d, "Assistant to the President of the Republic of Azerbaijan for public and political issues Ali Hasanov told journalists", "as a shield for its political ambitions.",
  (AZ, C, neg, MUM, "presidential aide = Azerbaijan; 'a criminal network' using Islam 'as a shield' = judgement of the group"))
U(d, "\"Azerbaijan is a secular state in which all religions and confessions live in peace and mutual respect,", "Ali Hasanov said.",
  (AZ, C, neg, "", "multi-sentence quote closed by its speaker = one unit; warning to those 'who stood behind these people, at home or abroad' = threat aimed at unnamed backers -> target empty"))
U(d, "Ali Hasanov also noted that the state had for years met the social needs of the residents of Nardaran,", "a medical centre in the settlement.",
  (AZ, N, pos, "", "self-praise of the state's care for the settlement = neutral, positive"))
U(d, "Chairman of the State Committee for Work with Religious Associations Mubariz Gurbanli said that the group", "the laws of the Republic of Azerbaijan.",
  (AZ, C, neg, MUM, "state committee chairman = Azerbaijan; 'spread radical ideas' = accusation"),
  (MUM, C, neg, AZ, "the leader's call 'not to recognize the laws' reported by Gurbanli = the group's own position (a position of X reported by Y is X's): rejection of the state's authority (unsure: reported only by a hostile source)"))
U(d, "M. Gurbanli said the Committee would continue its work with religious communities", "not to yield to provocations.",
  (AZ, T, neu, "", "initial + surname; appeal to residents to stay calm = calling_for_talks (restraint), addressed to residents (not an actor) -> target empty"))
U(d, "Chairman of the Caucasian Muslims Board, Sheikhulislam Allahshukur Pashazade said that the bloodshed", "in the name of Islam.",
  (CMB, C, neg, MUM, "religious board (canonical 'Caucasian Muslims Board'); the bloodshed as the work of 'forces' setting Muslims against the state + armed men cannot speak for Islam = judgement of the group"))
U(d, "Sheikhulislam also extended condolences to the families of the police officers", "prayed for the souls of the martyrs.",
  (CMB, S, pos, AZ, "'Sheikhulislam' = Pashazade (title only); condolences for the state's fallen officers = solidarity with the state -> supporting Azerbaijan (unsure: the families are not actors; sentiment could be negative for grief)"))
U(d, "First Deputy Chairman of the Milli Majlis Ziyafat Asgarov stressed that the Parliament fully supported", "neither development nor democracy.",
  (AZ, N, pos, "", "parliament = Azerbaijan backing the state's own operation: actor and object are the same state -> self-praise, neutral, positive (labels/README)"))
U(d, "Deputy Chairman and Executive Secretary of the New Azerbaijan Party Ali Ahmadov said", "the punishment they deserved.",
  (NAP, C, neg, MUM, "ruling party official speaks for the party; 'those who wished to drag the country into chaos' + punishment they deserved = judgement of the organizers"))
U(d, "Deputy Executive Secretary of the New Azerbaijan Party, member of the Milli Majlis Siyavush Novruzov said", "people who had planned terror.",
  (NAP, C, neg, "", "Novruzov = New Azerbaijan Party (name files); attack on 'certain foreign circles and so-called human rights defenders' = judgement of unnamed parties -> target empty; those circles are not speakers (unnamed)"))
U(d, "Head of the Press Service Department of the Ministry of Foreign Affairs Hikmat Hajiyev,", "did not reflect the facts.",
  (AZ, N, neg, "", "MFA spokesman = Azerbaijan; claims of a campaign against Shia believers 'groundless' = denial -> neutral, negative tone; 'some foreign media' are not actors"))
U(d, "\"The special operation was directed against an armed group and not against any community,", "H. Hajiyev said.",
  (AZ, N, neu, "", "denial continued as reassurance about the state's own conduct (transparency) -> neutral"))
U(d, "The Embassy of the Republic of Turkey in Azerbaijan expressed condolences", "all forms of terrorism and extremism.",
  ("Turkey", S, pos, AZ, "embassy = Turkey; condolences + 'stood by Azerbaijan' = solidarity"))
# "Meanwhile, the situation in the Nardaran settlement is under full control ..." -> the agency's narration (an agency reporting a fact is not an actor), no row
U(d, "Earlier, the leader of the group had repeatedly addressed gatherings in the settlement,", "in the affairs of the community.",
  (MUM, C, neg, AZ, "the group leader's calls to resist the police and his denial of the authorities' right reported as done = the group's position against the state (unsure: the agency's unattributed account)"))
U(d, "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Elmira Suleymanova said", "in the course of the investigation.",
  ("Commissioner for Human Rights of Azerbaijan", N, neu, "", "ombudsman institution (new actor, as ombudsman offices are separate actors in the name files); monitoring plan + assurance of the right to defence = procedure, neutral"))
