/**
 * The vocabulary of minutes: the words clerks and secretaries use for roles,
 * tasks, decisions and the standard parts of a meeting. The parser's rules are
 * written in terms of these lists, so teaching Minutes a new word is a one-line
 * change here, not a new pattern.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Verbs in their base form that set a task ("Clerk to WRITE", "Officers to
 * PROVIDE", "NOTIFY the contractor"). Base forms only: "reported" or
 * "discussed" never start a task.
 */
export const TASK_VERBS = words(`
  solicit rebid retender re-tender fundraise accept acknowledge action add address adjust advertise advise agree allocate amend analyse analyze announce answer
  apply appoint approach approve arrange ask assess assign attend audit authorise authorize bring book brief
  build buy calculate call cancel canvass carry chase check circulate clarify clean clear close collate collect
  commission communicate compile complete confirm consider consult contact continue coordinate co-ordinate correct cost
  create cut deal decide define deliver deploy design develop discuss distribute document draft draw drive edit
  email e-mail enable engage ensure establish estimate evaluate examine explore extend feed feedback file fill finalise
  finalize find fix follow form forward fund gather get give go hand handle help hire hold identify implement improve
  include inform inspect install instruct investigate invite invoice issue keep land launch lead liaise list
  locate log look maintain make manage map mark measure meet merge migrate model monitor move negotiate nominate notify
  obtain open order organise organize outline pay pick pilot place plan post prepare present price prioritise
  prioritize procure produce progress promote propose provide publish purchase pursue put query raise reach read
  rebook recirculate reconcile record recruit redraft refer reissue remind remove renew reopen repair replace reply
  report represent request research reserve resolve respond restate retest return review revise revisit rewrite run
  schedule scope secure seek select send set settle share sign source speak specify split start step study submit
  summarise summarize supply support survey take talk test tidy trace track train transfer translate trial update
  upgrade upload verify visit walk watch work write
  pull push ping sync triage refactor rename flag nudge escalate pair demo prototype ship release tag backport
  revert archive label phone ring photograph print fit paint mend trim empty claim quote tender interview come
  finish enquire inquire tell explain sort convene host compare facilitate let recheck encourage urge publicise publicize lobby mail offer mock recall
  rotate patch rebase benchmark reproduce debug configure provision decommission backfill rerun restart redeploy onboard
  offboard repoint repaint replant prune mow weed sweep strim jetwash varnish sand reseal resurface replace reinstate
  refit rehang reset restore rebuild reinstall retrain reschedule rearrange relocate remeasure reprint reorder repost
  redesign rework reword proofread sketch photocopy laminate fetch
  mute unmute disable delete deprecate tighten loosen service lubricate unblock erect dismantle dig
  mobilise mobilize sensitise sensitize shortlist debrief sponsor co-opt coopt refocus focus
  try retry convert port bisect revoke rollback
  restructure reorganise reorganize resubmit reapply reframe rethink restock resend reconfirm redo refile
  advertise cost quote insure license licence register deregister renew cancel refund reimburse chase notify
  reduce increase lower reallocate withhold waive repay halve freeze cap limit restrict expand shorten simplify streamline
  standardise standardize align consolidate separate combine integrate automate digitise digitize scan retain recover
  defer postpone delay thank congratulate count tally pack dispatch despatch store dispose recycle shred sell auction
  donate lend borrow rent lease plant stock validate countersign stamp download type copy bind frame hang mount lock
  unlock warn alert recommend suggest challenge appeal charge deposit forecast poll supervise oversee mentor coach
  assist cover deputise pass comment
  diarise diarize agendise agendize refresh spray treat tabulate film stream broadcast induct petition campaign showcase
  table minute chart plot graph bid
  tune retune tweak calibrate silence snooze bump pin roll scale profile
  patrol enforce grit salt water litter-pick refill replenish incorporate embed
  bank lodge cash invest ascertain determine display accompany escort transcribe assemble unload load transport sow rake
  hoover vacuum wash polish mop scrub disinfect sanitise sanitize witness raffle withdraw appraise vet choose welcome gauge
  contribute remit subscribe pledge bake cook apologise apologize expedite chivvy decorate refurbish operate
`);

/**
 * Task verbs that open a line more often as a noun or an adjective than as an instruction ("Freeze starts Monday",
 * "Recommend refusal.", "Increase in fees ...", "Lower field drainage"): they set a task after who is to act ("Clerk
 * to increase the float"), not alone at the start of a line.
 */
export const NOUN_FIRST_VERBS = words(`
  freeze cap limit scan delay stock count tally pack store plant rent lease type copy frame hang mount lock alert appeal
  water salt grit patrol
  challenge charge deposit forecast poll cover pass recommend suggest thank separate lower increase mentor coach auction
  stamp download comment table minute chart plot graph bid film stream broadcast petition campaign spray treat
  tune silence pin roll scale profile bump
  bank lodge cash display load transport witness polish wash rake
  pledge bake cook
`);

/**
 * The names a form gives the field of who acts ("Owner", "Responsible", "Person responsible", "In charge", "PIC", as
 * translated minutes and Asian companies' minutes write it) and of the deadline ("Due", "Deadline", "Term", "Timeline", "Timescale").
 */
export const OWNER_FIELD_NAMES = String.raw`owner|responsible|responsibility|(?:person|persons|people|officers?)\s+responsible|responsible\s+(?:persons?|party|parties|officers?)|(?:persons?\s+)?in\s+charge|pic|dri|action\s+by|lead`;
export const DUE_FIELD_NAMES = String.raw`due(?:\s+date)?|deadline|by\s+when|target\s+date|term|time\s*line|time\s*scales?|time\s*limit|time\s*frame|completion\s+date`;
/** Past participles that follow "to be" in a passive task ("A report to be BROUGHT"). Regular "-ed" forms are recognised by ending. */
export const IRREGULAR_PARTICIPLES = words(`
  brought bought built caught chosen done drawn driven found given got gotten held kept known laid led left lent
  made met paid put read run said seen sent set shown shut sought spent split spoken taken taught told thought
  undertaken understood withdrawn written won cut rewritten redrawn
`);

/**
 * Heads of noun phrases that name who does a task: roles, offices, groups.
 * Lower case; matched against every word of the phrase.
 */
export const ROLE_WORDS = words(`
  clerk clerks officer officers chair chairs chairman chairwoman chairperson vice-chair vice-chairman mayor deputy
  secretary secretaries treasurer treasurers director directors head heads manager managers member members
  councillor councillors cllr cllrs trustee trustees executive executives exco excos manco chief lead leads team teams committee
  council board group panel staff coordinator coordinators co-ordinator administrator administrators president
  captain commodore folks folk engineer engineers leader leaders solicitor auditor auditors accountant governor
  governors headteacher principal superintendent warden wardens ranger caretaker steward convenor convener
  facilitator maintainer maintainers contractor contractors consultant consultants adviser advisor advisers advisors volunteer
  agent agents receptionist receptionists quartermaster scoutmaster umpire umpires insurer insurers matron
  chair-elect president-elect treasurer-elect secretary-elect captain-elect
  stonemason builder builders electrician plumber gardener gardeners groundsman groundsmen groundskeeper handyman
  volunteers representative representatives rep reps liaison cabinet portfolio holder service services department
  directorate authority partnership association everyone everybody all working sub-committee subcommittee sub-group subgroup
  sub-groups subgroups workstream
  commission working-group workgroup wg tsc author authors doctor doctors gp gps nurse nurses pharmacist pharmacists clinician clinicians practitioner practitioners physician physicians midwife midwives admin admins ops sre qa pm pms editor editors organiser organisers
  county police landlord landlords highways
  organizer organizers planner planners inspector officer's architect architects surveyor surveyors assistant
  assistants administration finance democratic governance monitoring legal it hr comms communications management office
  manager's webmaster rfo bursar registrar chaplain ceo cfo coo cto cao ed gm md
  churchwarden churchwardens vicar rector curate verger organist incumbent minister priest deacon elder elders
  sexton sacristan senco teacher teachers pcc dac
  worker workers lawyer lawyers librarian librarians gardener gardeners cleaner cleaners handyman groundsman groundsmen
  groundskeeper custodian custodians janitor janitors technician technicians pcso pcsos archivist historian
  lengthsman lengthsmen handyperson bailiff bailiffs marshal marshals
  developer developers designer designers analyst analysts researcher researchers tester testers
  producer producers choreographer choreographers stage-manager crew
  college colleges school schools provider providers partner partners employer employers agency agencies authorities
  faculty faculties dean deans provost chancellor vice-chancellor pro-vice-chancellor registry
  estates facilities procurement payroll marketing operations catering security maintenance
`);

/**
 * Words that open a line before "to" and a verb without naming anyone: nouns and adjectives that take an infinitive
 * ("Time to review the rota", "Decision to proceed", "Nice to see ...", "Agreed to try ...", "Remember to lock up").
 * A single capitalised word there otherwise names who is to act ("Owen to book the change window").
 */
export const INFINITIVE_HEADS = words(`
  time decision plan proposal request motion agreement attempt effort intention permission approval authority right
  ability opportunity chance reason way order work nothing something anything everything access change amendment
  contribution reply response visit trip move transfer return application licence license consent bid offer
  invitation training funding grant budget money cost delay deadline target aim goal objective purpose priority
  commitment pledge promise deal vote push pressure letter email note call campaign petition meeting survey report
  question answer link route road addition improvement repair update reference referral objection comment feedback
  support help advice guidance information detail instruction step measure action option recommendation resolution
  legislation policy power duty responsibility failure refusal need desire wish scheme project programme program
  initiative strategy process procedure system tool app software code script data next first last plus also
  agreed decided asked invited expected needed pleased delighted happy glad keen eager ready able unable likely
  unlikely due sorry nice good great hard easy difficult important necessary essential vital best better sure free
  welcome willing reluctant required requested encouraged urged reminded volunteered offered resolved moved proposed
  reminder notice article item newsletter poster sign flyer leaflet invoice payment quote
  consensus mandate authorisation authorization
  continued started began chose opted tried failed refused declined wanted wished hoped planned intended promised
  undertook arranged managed remembered forgot remember try want hope please continue begin learn forget agree
  choose prefer going got used hard interesting exciting great fine okay ok thanks thank congratulations
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today tomorrow tonight yesterday weekend week month year
`);

/**
 * Verbs with which a body decides: in a resolution's clause without a subject ("That the Board: a) approve the grants;
 * b) decline the application"), the body's decision, not a task.
 */
export const DECISION_VERBS = words(`
  approve accept confirm agree authorise authorize appoint allocate support resolve acknowledge amend adopt endorse note
  receive decline refuse reject ratify delegate grant award defer thank welcome commend reaffirm rescind revoke retain
  set affirm recommend nominate elect co-opt
`);

/** Verbs (besides the task verbs) whose past opens a line of minutes before "to": "Voted to adopt ...", "Elected to serve ...". */
export const NARRATIVE_VERBS = words(`
  vote elect appoint adjourn refer defer convene reconvene recess resolve note receive thank welcome table withdraw
  second carry pass direct co-opt require want wish hope intend promise need expect please delight try fail refuse
  decline volunteer remind urge encourage open begin call close agree invite ask
`);

/**
 * Topics that head an entry of an action list as a first name would ("Website – update the links", "Ideas – ask the
 * school"): a capitalised word before a dash is read as who only when it is none of these.
 */
export const TOPIC_WORDS = words(`
  ideas idea website web newsletter finance finances budget events event publicity social media garden gardens hall
  grounds maintenance membership fundraising safeguarding training marketing comms communications admin
  planning highways repairs volunteers insurance accounts minutes agenda general misc miscellaneous other others
  notes note update updates follow followup followups reminder reminders next outstanding ongoing carried
  funding grants grant rota rotas signage parking lighting playground allotments cemetery footpaths bins security
  health safety policy policies ict it tech infrastructure ops operations release releases docs documentation
  raffle tombola noticeboard bench defibrillator defib hedge hedges trees drains drainage gutters roof boiler heating
  toilets kitchen carpark fence fencing gate paths path signs lights bulbs planters litter shelter pond clubhouse
  pitch nets kit uniform tickets prizes stall float bar catering food drinks refreshments venue room booking bookings
  invoice invoices payments bank audit survey questionnaire consultation leaflet leaflets flyer flyers poster posters
  banner donations sponsorship press photos photography video music sound wifi laptop printer email emails mailing
  calendar diary schedule timetable report contract contracts quote quotes lease licence license risk risks
  recruitment onboarding hiring interviews payroll pensions staffing induction handbook constitution bylaws elections
  nominations awards trophies presentation party dinner lunch outing trip fair fete festival market carnival parade
  bonfire fireworks cctv keys locks alarm cleaning decorating painting storage shed equipment furniture chairs tables
  marquee gazebo tea coffee biscuits cake cakes bbq barbecue quiz disco dance concert
`);

/** Words that may name a person or body but never start one ("It", "This", ...). */
export const NON_AGENT_STARTS = words(`
  it this that these those there they he she we i you which who what when where why how its their his her our
  if as in on at for from with of by to and or but so then also however although though while because since
  once after before during until unless whether no not any some each every many much more most such other another
  nothing nobody none neither
`);

/** Placeholder owners: an action "owned" by one of these has nobody responsible ("someone from SRE", "TBC", "Owner: —"). */
const PLACEHOLDER =
  /^(?:someone|somebody|anyone|anybody|nobody|no\s+one|none|tbd|tbc|tba|to\s+be\s+(?:confirmed|decided|agreed|assigned|determined)|unassigned|unknown|n\/a|na|\?+|[-–—]+|volunteers?(?:\s+(?:needed|wanted))?|needs?\s+(?:an\s+)?owner|no\s+owner|owner\s+needed)(?:\s+(?:from|in|on|at|of)\s+(?!to\b)\S+(?:\s+(?!to\b)\S+){0,2})?[.!]?$/i;
export const isPlaceholderOwner = (v: string): boolean => PLACEHOLDER.test(v.trim().replace(/^\(|\)$/g, ''));

/** Bodies whose "resolved", "agreed" or "noted" records the meeting's own outcome. */
export const BODY_WORDS = `(?:board|committee|council|panel|cabinet|commission)\\s+members|cabinet\\s+member|portfolio\\s+holder|executive\\s+member|lead\\s+member|house|committee|sub-committee|subcommittee|council|board|cabinet|panel|members|trustees|directors|governors|meeting|group|forum|tsc|team|association|commission|assembly|executive|membership|partnership|pcc|pc|cc|tc|bod|exco|manco|vestry|synod|senate|session|presbytery|chapter|congregation|elders|deacons|society|club|guild|body|councillors|cllrs|commissioners|supervisors|aldermen|selectmen|delegates|everyone|present|we|all`;

/**
 * Titles of items that are part of the meeting's procedure and need no outcome.
 * Matched against the title with its minute number removed.
 */
export const PROCEDURAL_PATTERNS = [
  'apolog(?:y|ies)\\b.*',
  // ("Declarations of business interest", "Disclosure of pecuniary and other interests".)
  '(?!.*\\b(?:polic(?:y|ies)|procedures?|guidance|training|code)\\b)(?:declarations?|disclosures?|conflicts?|registers?)\\s+(?:of\\s+)?(?:(?:members[\'’]?|pecuniary|personal|other|disclosable|registrable|business|financial|private|and|or|any)\\s+)*interests?.*',
  // ("Interests register", "Trustees' interests register", as New Zealand boards title it; "Register of interests" above.)
  '(?:(?:members|directors|trustees|governors|board)[\'’]?\\s+)?(?:interests?|conflicts?(?:\\s+of\\s+interests?)?)\\s+register\\b.*',
  // ("Record of attendance", as Australian councils title who was there.)
  '(?:quorum|roll\\s*call|(?:record\\s+of\\s+)?attendance)\\b.*',
  // ("Confirmation of quorum", "Declaration of a quorum".)
  '(?:confirmation|declaration|establishment|verification|determination|certification)\\s+of\\s+(?:a\\s+|the\\s+)?quorum(?:\\s+and\\s+(?:proof|certification|confirmation|verification)\\s+of\\s+(?:the\\s+)?notice(?:\\s+of\\s+(?:the\\s+)?meeting)?)?',
  // ("Members' declarations", "Declarations": of interest, as the heading leaves unsaid.)
  '(?:members[\'’]?\\s+)?declarations',
  // ("Election of minute-checker", "Election of two persons to check the minutes", "Election of meeting chair": how a
  // Nordic or German association's meeting constitutes itself.)
  'election\\s+of\\s+(?:(?:a|the|two|2)\\s+)?(?:minute[- ]?checkers?|(?:persons?|members?)\\s+to\\s+(?:check|verify|adjust|sign)\\s+the\\s+minutes|tellers|scrutineers|vote[- ]counters|(?:meeting\\s+)?(?:chair(?:person)?|secretary)\\s+(?:of|for)\\s+the\\s+meeting|meeting\\s+(?:chair(?:person)?|secretary))',
  // ("Notice and quorum", "Constitution of the meeting", as a company's general meeting opens: the notice taken as read.)
  'notice(?:\\s+of\\s+(?:the\\s+)?meeting)?',
  // ("Proof of notice", "Certification of notice of meeting", "Verification of quorum and proof of notice", as a US
  // condominium's or HOA's board opens its meeting.)
  '(?:proof|certification|confirmation|verification|affidavit)\\s+of\\s+(?:the\\s+)?(?:notice|posting)(?:\\s+of\\s+(?:the\\s+)?meeting)?(?:\\s+and\\s+(?:(?:confirmation|verification|determination)\\s+of\\s+)?(?:a\\s+|the\\s+)?quorum)?',
  'constitution\\s+of\\s+(?:the\\s+)?meeting',
  // (Not "Policy on conflicts of interest", "Conflicts of interest policy review": business about the policy.)
  '(?!.*\\b(?:polic(?:y|ies)|procedures?|guidance|training|code)\\b).*\\b(?:conflicts?|declarations?)\\s+of\\s+interest.*',
  'welcome.*',
  // ("Introductions and worship", as a Quaker meeting opens.)
  'introductions?(?:\\s+and\\s+(?:worship|prayers?|welcome))?',
  // ("Init process", as Fedora's committee opens its IRC meetings: who is here.)
  'init\\s+process',
  // (IETF: the Note Well, the agenda bashed, the scribes found; the blue sheets, its attendance list.)
  'administrivia',
  'note\\s+well',
  'blue\\s*sheets?',
  // (Who chairs and who takes the minutes; the meetings already scheduled.)
  '(?:meeting\\s+)?roles',
  '(?:scheduled|upcoming|future)\\s+meetings?',
  // ("Opening worship" and "Closing minute", as Quaker meetings open and close; "Declaration of opening", as Australian councils do.)
  // ("Opening round", "Closing round", as sociocratic circles open and close: each says how they are.)
  'opening(?:\\s+(?:remarks|prayers?|worship|devotions?|hymn|rounds?))?',
  'declaration\\s+of\\s+opening(?:\\s*[/&]\\s*announcement\\s+of\\s+visitors)?',
  'closing\\s+(?:minute|worship|rounds?)',
  '(?:(?:declaration\\s+of\\s+)?opening|open)\\s+of\\s+(?:the\\s+)?meeting',
  // ("Meeting opened at 19:30.", "The Commodore opened the meeting at 19:30. 31 members present.": a numbered line that
  // tells how the meeting began.)
  '(?:the\\s+)?meeting\\s+opened\\b.*',
  // ("Sprint goal", "Objectives", "Purpose of the meeting": what the meeting aims at, not business to decide.)
  '(?:(?:sprint|meeting|session)\\s+)?(?:goals?|objectives?|purpose)(?:\\s+(?:of|for)\\s+(?:the\\s+|this\\s+)?(?:meeting|sprint|session|call))?',
  '(?:the\\s+)?(?:[\\w\'’.-]+\\s+){1,3}opened\\s+the\\s+meeting\\b.*',
  '(?:opening\\s+|closing\\s+)?prayers?',
  'call(?:ed)?\\s+to\\s+order.*',
  '(?:the\\s+)?pledge(?:\\s+of\\s+allegiance)?',
  '(?:approval|adoption|confirmation)\\s+of\\s+(?:the\\s+)?agenda',
  // ("Agenda bashing", as IETF working groups review theirs.)
  'agenda(?:\\s+(?:approval|review|bash(?:ing)?))?',
  // ("Leave of absence", as Indian boards and Australian councils record apologies, "Applications for leave of absence" as South
  // African councils do; "Chairman", who took the chair.)
  '(?:(?:applications?|requests?)\\s+for\\s+)?leaves?\\s+of\\s+absence.*',
  'chair(?:man|woman|person)?(?:\\s+(?:of|for)\\s+(?:the\\s+)?meeting)?',
  'public\\s+(?:participation|forum|questions?|session|comments?|time|speaking|question\\s+time|open\\s+forum)\\b.*',
  '(?:open|community)\\s+(?:forum|floor|session)',
  // ("Deputations", "Petitions and deputations": the public addressing the council, as its forum does.)
  '(?:(?:petitions?|presentations?)\\s+(?:and|&)\\s+)?deputations?(?:\\s+(?:and|&)\\s+(?:petitions?|presentations?))?',
  '(?:homeowners?|residents?|owners?|members?|tenants?|shareholders?|stakeholders?|parents?|students?)[\'’]?\\s+(?:forum|open\\s+forum|comments?|questions?)',
  // ("Questions" alone, "Questions from shareholders", "General questions": those present ask, the meeting decides nothing.)
  '(?:general\\s+|other\\s+|open\\s+)?questions(?:\\s+from\\s+(?:shareholders|the\\s+floor|the\\s+audience|the\\s+gallery|those\\s+present|attendees|parents|students))?',
  '(?:questions?\\s+from\\s+(?:members|the\\s+public|members\\s+of\\s+the\\s+public|residents|councillors)|members[\'’]?\\s+questions?)\\b.*',
  // ("Questions with notice", "Questions without notice", as Australian councils take members' questions.)
  'questions?\\s+(?:with(?:out)?|on)\\s+notice',
  '(?:(?:the\\s+)?(?:chair(?:man|person)?|mayor|leader|president)[\'’]?s?\\s+)?announcements?.*',
  // ("Mayor's communications", "Chairman's engagements": what the civic head has to tell, and where they have been.)
  '(?:the\\s+)?(?:chair(?:man|person)?|mayor|leader|president|civic\\s+head)[\'’]?s?\\s+(?:communications|engagements)',
  // ("Meeting evaluation", "Evaluation of the meeting", "Good news stories": a board's own routine.)
  '(?:meeting\\s+evaluation|evaluation\\s+of\\s+(?:the\\s+)?meeting|reflections?\\s+on\\s+(?:the\\s+)?meeting|good\\s+news(?:\\s+stories)?)',
  '(?:chair(?:man|person)?|president|mayor|moderator|conven[eo]r)[\'’]?s?\\s+(?:remarks|welcome|opening)\\b.*',
  // "Welcome and apologies", "Chair's welcome, apologies and quorum".
  '.*\\bapologies\\b.*',
  'matters\\s+arising.*',
  // ("Consideration of extraordinary items": a New Zealand board's urgent business.)
  '(?:consideration\\s+of\\s+)?extraordinary\\s+(?:items?|business)',
  // "Action log review", "Review of outstanding actions", "Actions from the last meeting": the last meeting's tasks
  // reported on, as matters arising are.
  '(?:review\\s+(?:of\\s+)?)?(?:the\\s+)?(?:(?:outstanding|open|previous)\\s+)?(?:action\\s+(?:log|list|tracker|points|sheet)|actions)(?:\\s+(?:from|arising\\s+from)\\s+(?:the\\s+)?(?:previous|last|prior)\\s+(?:meeting|minutes))?(?:\\s+review)?',
  // (Not "Action items" alone: a US council's items for decision.)
  '(?:review\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:outstanding|open|previous)\\s+)?|(?:outstanding|open|previous)\\s+)action\\s+items(?:\\s+(?:from|arising\\s+from)\\s+(?:the\\s+)?(?:previous|last|prior)\\s+(?:meeting|minutes))?',
  'action\\s+items\\s+(?:from|arising\\s+from)\\s+(?:the\\s+)?(?:previous|last|prior)\\s+(?:meeting|minutes)',
  // "Business arising from previous minutes": report-backs on the last meeting's business, as matters arising are.
  'business\\s+arising\\s+(?:from|out\\s+of)\\s+(?:the\\s+)?(?:previous|last|prior)\\s+(?:meeting|minutes).*',
  // ("Reports from representatives", "Reports from outside bodies": members' news of the bodies they sit on.)
  'reports?\\s+(?:from|of)\\s+(?:(?:council\\s+)?representatives|outside\\s+bodies|representatives\\s+on\\s+outside\\s+bodies)',
  // ("Safety moment", "Health and safety share": a company meeting's opening reminder, as a welcome is.)
  '(?:health\\s+(?:and|&)\\s+)?safety\\s+(?:moment|share|minute|topic|briefing|message)',
  // ("County and District Councillors' reports", "Ward Councillor's report": the councillors of the councils above it.)
  '(?:(?:county|district|borough|city|town|parish|unitary|ward|local)\\s+(?:(?:and|&)\\s+(?:county|district|borough|city|town|parish|unitary|ward)\\s+)?)?(?:council\\s*(?:member)?s?|councillor(?:[\'’]s|s)?|members?|board\\s+members?|directors?|trustees?|commissioners?|(?:board|council|commission|supervisors)\\s+(?:and|&)\\s+staff)[\'’]?\\s+(?:comments|reports?|updates|announcements|round[- ]?table|items|requests)(?:\\s*(?:\\/|and|&)\\s*(?:comments|reports?|updates|announcements|requests))?',
  'declarations?\\s+of\\s+acceptance\\s+of\\s+office.*',
  // ("Matters for the next agenda", "Topics for the next meeting", as parish councils note them.)
  '(?:(?:items?|matters?|topics?|business)\\s+for\\s+(?:the\\s+)?(?:next|future)\\s+(?:agenda|meeting)|future\\s+agenda\\s+items?|agenda\\s+items?\\s+for\\s+(?:the\\s+)?next\\s+meeting).*',
  // ("Date, time and place of next meeting", "Date and venue of the next meeting"; "DONM", "D.O.N.M.", as Scottish community
  // councils abbreviate it.)
  '(?:d\\.?o\\.?n\\.?m\\.?(?:\\s|$)|dates?(?:,?\\s+(?:and\\s+)?(?:times?|places?|venues?|locations?))*\\s+of\\s+(?:the\\s+)?next\\s+meetings?|next\\s+(?:meetings?|calls?|syncs?|sessions?|get[- ]togethers?)(?:\\s+dates?)?|dates?\\s+of\\s+future\\s+meetings?|future\\s+meeting\\s+dates?).*',
  // ("Any other matter with the permission of the Chair", as Indian associations close.)
  // ("General business", as New Zealand and Australian boards call their any other business.)
  '(?:any\\s+other\\s+(?:competent\\s+)?(?:business|matters?)|aob|aocb|a\\.o\\.(?:c\\.)?b|other\\s+business|general\\s+business)\\b.*',
  // ("Q&A, Other", as an open-source project's meeting closes: questions from those watching, and anything else.)
  '(?:q\\s*(?:&|and)\\s*a|questions\\s+and\\s+answers)(?:\\s*(?:,|and|&|\\/)\\s*other)?',
  'other(?:\\s+(?:items|topics))?',
  // ("Anything else", as a school council or a small group closes.)
  'anything\\s+else(?:\\s+to\\s+(?:report|raise|add|discuss))?',
  // ("Miscellaneous", as translated minutes of associations close.)
  // ("Various", "Varia", as minutes translated from other European languages close: their any other business.)
  'miscellaneous(?:\\s+(?:items|business|matters))?',
  'various(?:\\s+(?:items|business|matters|questions))?',
  'varia',
  // (A New England town meeting's last article: "To transact any other business that may legally come before ...".)
  'to\\s+transact\\s+(?:any\\s+)?other\\s+business\\b.*',
  // "Preliminaries": the opening, with its prayer and introductions.
  'preliminar(?:y|ies)(?:\\s+(?:matters|remarks))?',
  'open\\s+(?:floor|discussion)',
  '(?:(?:report(?:ing)?\\s+(?:out\\s+)?(?:of|from|on)\\s+(?:the\\s+)?)?(?:closed|executive|confidential)\\s+session|(?:closed|executive)\\s+session\\s+report(?:[- ]out)?).*',
  '(?:exclusion\\s+of\\s+(?:the\\s+)?(?:press\\s+and\\s+)?public|urgent\\s+(?:business|items?)|urgent\\s+matters?).*',
  '(?:closure|close|closing)(?:\\s+of\\s+(?:the\\s+)?meeting)?',
  // ("Chairman's closing remarks": whoever makes them.)
  '(?:(?:the\\s+)?(?:chair(?:man|person)?|mayor|president|moderator)[\'’]?s?\\s+)?closing\\s+(?:remarks|comments)',
  '(?:disclosable|pecuniary|personal|registrable|non-pecuniary)\\s+(?:[\\w-]+\\s+)?interests?.*',
  'adjourn(?:ment)?(?:\\s+of\\s+(?:the\\s+)?meeting)?',
  // ("7. Adjourned 8:50 PM.", "Meeting closed at 9.05pm": the end of the meeting as an item's title.)
  '(?:(?:the\\s+)?meeting\\s+)?(?:adjourned|closed)(?:\\s+at)?(?:\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?)?',
  'termination(?:\\s+of\\s+(?:the\\s+)?meeting)?',
  'substitut(?:ions?|es).*',
  'items\\s+for\\s+information',
  // (A company board's formalities: "Business of the meeting", "Purpose of the meeting", "Documents produced", "Notice and
  // quorum"; what was then resolved is minuted under an item of its own.)
  '(?:business|purpose|object)\\s+of\\s+(?:the\\s+)?meeting|documents?\\s+(?:produced|tabled)(?:\\s+to\\s+(?:the\\s+)?meeting)?|notice(?:\\s+(?:of\\s+(?:the\\s+)?meeting|and\\s+quorum))?',
  // ("FYI", "For information", "Notices", "Heads-up": what those present were told, with nothing asked of them.)
  '(?:fyi|for\\s+(?:your\\s+)?information(?:\\s+only)?|information\\s+(?:only|items?|sharing)|notices|heads[- ]?ups?)',
  // "Round-robin updates", "Round table", "Updates round": everyone's news, in turn.
  '(?:round[- ]?robin|round[- ]?table|updates?\\s+round|team\\s+updates?)(?:\\s+(?:updates?|reports?))?',
  'minutes?\\s+silence',
  // "Exempt Item - Staffing Matter", "Confidential business", "Part II items": business taken in private, recorded elsewhere.
  '(?:exempt|confidential|private|part\\s+(?:ii|2|b))\\s+(?:items?|business|matters?|reports?|session)\\b.*',
  // "Votes of sympathy", "Vote of thanks", as Irish councils and societies open or close.
  'votes?\\s+of\\s+(?:sympathy|condolences?|congratulations?|thanks)',
  // Words that open or close a meeting: "KARAKIA", "Invocation", "Acknowledgement of Country", "Moment of reflection".
  '(?:opening\\s+|closing\\s+)?(?:karakia(?:\\s+(?:t[iī]matanga|whakamutunga|whakakapi))?|worship|invocation|acknowledge?ments?\\s+of\\s+(?:country|traditional\\s+owners)|land\\s+acknowledge?ment|moment\\s+of\\s+(?:silence|reflection))',
  // A pause in a long meeting's programme: "Lunch", "Coffee break", "Comfort break", "Refreshments".
  '(?:(?:lunch|coffee|tea|comfort|short)\\s+)?break|lunch|refreshments',
  // A team meeting's routine: "Housekeeping", "Intros", "Check-in", "Icebreaker", "Wins", "Round the table", "Quick updates".
  '(?:housekeeping|intros?|check[- ]?(?:ins?|outs?)|ice[- ]?breakers?|(?:weekly\\s+|team\\s+)?wins|round\\s+the\\s+(?:table|room)|(?:quick|brief|general|short)\\s+updates?)',
  // ("Review of last week's actions", "Last meeting's actions": the last meeting's tasks reported on.)
  '(?:review\\s+of\\s+)?(?:last|previous)\\s+(?:week|month|meeting|sync|call)[\'’]?s\\s+(?:actions?|action\\s+items|tasks)',
  // A retrospective's prompts: "What went well", "What didn't go well", "What could be improved", "Kudos".
  '(?:what\\s+)?(?:went\\s+well|went\\s+(?:badly|wrong)|(?:didn[\'’]?t|did\\s+not)(?:\\s+go\\s+(?:so\\s+)?well|\\s+work)?|(?:could|can)\\s+(?:be\\s+)?(?:improved|(?:have\\s+)?(?:gone|go|done)\\s+better)|to\\s+improve|kudos|shout[- ]?outs?|appreciations?)',
  // (And its other prompts: "Ideas", "Lessons learned", "Start doing / Stop doing / Keep doing".)
  '(?:ideas|learnings|lessons?\\s+learn(?:ed|t)|(?:start|stop|keep|continue)\\s+doing)',
];
export const PROCEDURAL_TITLE = new RegExp('^(?:' + PROCEDURAL_PATTERNS.join('|') + ')[.:]?$', 'i');
/**
 * A word every procedural title holds (each pattern above needs one of these): a title without any is
 * not procedural, and the long pattern need not be tried. A test checks every pattern against this list.
 */
export const PROCEDURAL_HINT =
  /safety|apolog|break|lunch|refreshment|absen|chair|init|declar|disclos|conflict|regist|interest|quorum|notice|constitut|blue|roll|attend|welcome|introduc|opening|opened|goal|objective|purpose|prayer|call|pledge|agenda|public|forum|deput|floor|session|question|announce|remark|matters|comment|report|update|round|items|accept|next|future|date|business|aob|aocb|a\.o\.|donm|d\.o\.n|preliminar|discuss|closed|executive|confidential|exclusion|urgent|clos|adjourn|terminat|substitut|information|silence|karakia|worship|invocation|acknowledg|reflection|well|better|improve|kudos|shout|appreciat|administrivia|roles|meetings|action|sympath|condolen|congratul|thanks|didn|did not|wrong|badly|exempt|private|part|housekeep|intro|check|ice|wins|last|previous|ideas|learn|doing|requests|miscellan|vari|anything|q\s*&|q\s+and|answers|other|fyi|heads|purpose|object|document|communicat|engagement|evaluat|good/i;

/**
 * Section names that stand as unnumbered headings in Robert's-Rules and
 * club minutes ("Call to order", "Approval of minutes", "New business").
 * A line holding only one of these is an agenda item in any style but ModernGov.
 */
export const SECTION_NAME = new RegExp(
  '^(?:' +
    [
      'call(?:ed)?\\s+to\\s+order',
      'roll\\s*call(?:\\s+of\\s+\\w+)?',
      'quorum',
      '(?:approval|adoption|reading)\\s+of\\s+(?:the\\s+)?(?:previous\\s+|prior\\s+|last\\s+)?(?:minutes|agenda)(?:\\s+of\\s+.*)?',
      'minutes\\s+of\\s+(?:the\\s+)?(?:previous|last|prior)\\s+meeting',
      // "Treasurer's report", "Principal's Report", "Executive Director's Report", "Mayor’s report".
      '(?:[a-z]+\\s+){0,2}[a-z]+[\'’]s\\s+reports?',
      '(?:committee|officers?[\'’]?|staff|financial|finance)\\s+reports?',
      // ("Management Report:", "Landscaping Committee report", "Police liaison report": a standing report, by what it covers.)
      '(?:[a-z]+\\s+)?(?:committee|sub-?committee|working\\s+group|liaison|management|manager|maintenance|membership|fundraising|landscap(?:e|ing)|grounds|facilities|safety|safeguarding|compliance|audit|investment|highways|police|youth|social|events?|pool|architectural|property|operations|ward|county|district)\\s+reports?',
      // ("COUNCIL REPORTS", "Board member reports", "Board and staff reports": the members' own news.)
      '(?:council(?:\\s*members?)?|councillors?|board(?:\\s+members?)?|commissioners?|trustees?|directors?|(?:board|council|commission|supervisors)\\s+(?:and|&)\\s+staff)[\'’]?\\s+(?:reports?|comments)',
      'reports?\\s+of\\s+(?:officers|committees|the\\s+\\w+)',
      '(?:old|unfinished|new|other)\\s+business',
      'announcements?',
      '(?:the\\s+)?pledge(?:\\s+of\\s+allegiance)?',
      'correspondence(?:\\s+(?:in|out|inwards?|outwards?|received|sent))?',
      '(?:inwards?|outwards?|incoming|outgoing)\\s+correspondence',
      'previous\\s+minutes',
      'general\\s+business',
      'public\\s+(?:comments?|forum|participation|questions?|hearings?)',
      '(?:homeowners?|residents?|owners?|tenants?|members?)[\'’]?\\s+(?:forum|open\\s+forum|comments?|questions?|time)',
      'open\\s+(?:forum|floor|discussion)',
      'consent\\s+(?:agenda|calendar)',
      '(?:executive|closed)\\s+session',
      'good\\s+of\\s+the\\s+order',
      'adjourn(?:ment)?',
      'apolog(?:y|ies)(?:\\s+for\\s+absence)?',
      'declarations?\\s+of\\s+interests?',
      'matters\\s+arising',
      'business\\s+arising(?:\\s+from\\s+(?:the\\s+)?(?:previous\\s+|last\\s+)?minutes)?',
      'termination(?:\\s+of\\s+(?:the\\s+)?meeting)?',
      'any\\s+other\\s+business',
      // ("A.O.B.", "AOCB", as a heading in capitals or not.)
      'aoc?b|a\\.o\\.(?:c\\.)?b\\.?',
      'date\\s+of\\s+(?:the\\s+)?next\\s+meeting',
      'finance',
      'planning(?:\\s+applications?)?',
    ].join('|') +
    ')$',
  'i',
);

/** A list's own number opening an entry: "1. ", "2) ". */
export const LIST_NUMBER = /^\d{1,3}[.)][\s\u00a0]+(?=\S)/;

/** Headings of parts of a document that are not agenda items. */
export const ATTENDANCE_SECTION = /^(?:attendees|attendance|present|in\s+attendance|roll\s*call|participants|who(?:'s| is)\s+here|members\s+present|people\s+present(?:\s*\(lines\s+said\))?)$/i;
/**
 * What a heading of the meeting's list of tasks may add after its name ("Action items carried over", "Actions – brought
 * forward", "Action items (from the last meeting)", "Actions from this meeting"): which tasks the list holds.
 */
const ACTIONS_QUALIFIER = String.raw`(?:carried\s+(?:over|forward)|brought\s+forward|from\s+(?:(?:the|this|today['’]s|last|previous)\s+)?(?:(?:last|previous|this)\s+)?(?:meetings?|call|sync|session|week|sprint)|outstanding|still\s+open|this\s+meeting)`;
export const ACTIONS_SECTION = new RegExp(
  String.raw`^(?:(?:new|open|outstanding|agreed|cross[- ]team|joint|shared|key|summary\s+of|review(?:\s+of)?(?:\s+the)?|previous|carried[- ]over)\s+)?(?:(?:previous|new|open|outstanding)\s+)?(?:action\s+(?:items?|points?|list|log|register|tracker|summary)|actions?(?:\s+(?:arising|agreed|summary|log))?|follow[- ]?ups?(?:\s+(?:tasks?|actions?|items?))?|(?:(?:suggested|agreed|proposed|recommended)\s+)?next\s+steps|to[- ]?dos?|tasks?|(?:sprint\s+|team\s+)?(?:commitments|assignments)|carry[- ]?overs?(?:\s+from\s+(?:the\s+)?(?:last|previous)\s+(?:sprint|meeting|week|call))?)(?:\s+(?:[–—-]\s+)?${ACTIONS_QUALIFIER})?(?:\s*\((?:${ACTIONS_QUALIFIER}|new|open|new\s+actions|updated|all|roll[- ]?up|summary|recap|consolidated|combined)\)|\s+(?:[–—-]\s+)?(?:roll[- ]?up|summary|recap|overview))?$`,
  'i',
);
/** A label over a list of tasks in plain minutes ("Actions:", "Action items", "Next steps", "Follow-up tasks", "To do"): its entries are tasks, not items. */
export const ACTION_LIST_LABEL = /^(?:action\s+items?|(?:agreed\s+)?actions|follow[- ]?ups?(?:\s+(?:tasks|actions|items))?|(?:(?:suggested|agreed|proposed)\s+)?next\s+steps|new\s+action\s+items?|to[- ]?dos?|tasks)\s*:?$/i;
export const GROUP_SECTION = /^(?:context|background|overview|outline|keywords|discussion|discussion\s+(?:items|topics)|topics|agenda|notes|(?:meeting|discussion)\s+notes|(?:key\s+)?(?:discussion\s+)?points|minutes|(?:meeting\s+)?summary|updates|reports|items|business|other|details|(?:quick\s+)?recap|open\s+questions|parking\s+lot|date|date\s+and\s+time|time|location|venue|(?:meeting\s+)?(?:goals|objectives)|(?:useful\s+)?links|resources|references|recordings?|transcript|(?:(?:zoom|teams|meet|meeting)\s+)?chat(?:\s+(?:highlights|log|messages|notes|summary|transcript))?|highlights)$/i;
/** A heading over what the meeting decided: "Decisions", "Key decisions", "Decisions made", "Outcomes", "Decisions and actions", "Conclusion" (as TC39's notes close each topic), "Decisions this week". */
export const DECISIONS_SECTION =
  /^(?:key\s+|main\s+|summary\s+of\s+(?:the\s+)?)?(?:decisions?|outcomes?|resolutions?|conclusions?)(?:\s*(?:\/|and|&)\s*(?:decisions?|resolutions?|conclusions?))?(?:\s+(?:made|taken|reached|agreed|recorded|log))?(?:\s+(?:and|&)\s+(?:actions?|action\s+items?|next\s+steps))?(?:\s+(?:this|from\s+(?:this|the|today['’]s))\s+(?:week|meeting|session|call|sync))?$/i;

/** A signature: "Jean Polzin, Clerk", "F. Gomez, Secretary", "Ann Lee, Recording Secretary". */
const SIGNATURE = String.raw`(?:[\w.'’-]+\s+){0,3}[\w.'’-]+,\s*(?:(?:town|village|parish|recording|deputy|acting|corporate|board|committee)\s+)?(?:clerk|secretary|minute[- ]taker|clerk\s+to\s+the\s+\w+(?:\s+\w+)?)`;
export const SIGNATURE_LINE = new RegExp(`^${SIGNATURE}$`, 'i');
/** A line that ends the meeting rather than belonging to the last item ("19:30 Close" too, as a timed agenda ends). */
export const CLOSING_LINE = new RegExp(
  String.raw`^(?:(?:the\s+)?meeting\s+(?:closed|ended|finished|concluded|terminated|was\s+(?:closed|adjourned|declared\s+closed)|adjourned)\b.*|(?:there\s+being\s+no\s+(?:further|other)\s+business).*|(?:(?:a\s+)?motion|moved|it\s+was\s+moved)\b[^.]{0,80}?\bto\s+adjourn\b.*|closed\s+at\b.*|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[–—-]\s*)?(?:close|closed|meeting\s+(?:close|closed|ends?)|end(?:\s+of\s+(?:the\s+)?meeting)?|finish)\.?|respectfully\s+submitted\b.*|${SIGNATURE}|signed\b.*|(?:chair(?:man|person)?|mayor|secretary|president)\s*(?:[.:_\s]*(?:date)?[.:_\s]*)?|(?:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting|next)\s*[:\-–—]\s*.*)$`,
  'i',
);

export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';

/** Words that make a phrase after "by" a deadline rather than a person. */
export const DATE_WORDS = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS}|today|tomorrow|tonight|noon|midday|midnight|eod|eow|cob|asap|week|weeks|weekend|month|months|year|years|quarter|q[1-4]|spring|summer|autumn|fall|winter|christmas|easter|advent|lent|whitsun(?:tide)?|pentecost|michaelmas|epiphany|candlemas|end|start|beginning|middle|mid|next|meeting|meetings|review|deadline|release|sprint|agm|session|term|half|date|time|close|launch|cycle)\\b|\\d`,
  'i',
);

/**
 * Honorifics and titles that precede a name. ("Bro. Ellis", "Sis. Patel": brother and sister, as trade union branches name
 * members; "Cr Wade", as Australian councils name councillors.)
 */
export const NAME_TITLES = words(`mr mrs ms miss mx dr prof sir dame rev revd fr cllr councillor county district borough parish alderman ald councilmember councilwoman councilman lord lady bro sis cr`);

/**
 * The letters of people's names, as the inside of a character class: Latin with its accents ("Siân", "Łukasz", "Ó"),
 * Greek, Cyrillic, Hebrew, Arabic, Devanagari, kana, CJK and Hangul. Written as ranges, not as \p{L}: such a class costs
 * about a millisecond to compile the first time its pattern runs, and the rules hold a few hundred, which a fresh
 * process (the CLI, the server's first document) pays. CAPITALS and SMALLS are the cased scripts' capitals and small
 * letters (Latin Extended's blocks, which alternate them, in both); MARKS the combining accents of text not composed.
 */
export const LETTERS = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0900-\u097F\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF`;
export const CAPITALS = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0400-\u042F\u1E00-\u1EFF`;
export const SMALLS = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u03AC-\u03CE\u0430-\u045F\u1E00-\u1EFF`;
export const MARKS = String.raw`\u0300-\u036F`;
/** A capital of any language's letters opening the text. */
export const OPENS_CAPITAL = new RegExp(`^[${CAPITALS}]`, 'u');
/** A capital of any language's letters (tested on one character). */
export const CAPITAL_LETTER = new RegExp(String.raw`[${CAPITALS}]`, 'u');
/** Any letter of any language. */
export const HAS_LETTER = new RegExp(String.raw`[${LETTERS}]`, 'u');
/** A capital and a small letter opening the word. */
export const OPENS_CAPITALISED = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}]`, 'u');
/** A small letter of any language opening the text. */
export const OPENS_SMALL = new RegExp(String.raw`^[${SMALLS}]`, 'u');
/** An initial and its full stop, alone: "M.". */
export const INITIAL_WORD = new RegExp(String.raw`^[${CAPITALS}]\.$`, 'u');
/** Any small letter of any language. */
export const HAS_SMALL = new RegExp(String.raw`[${SMALLS}]`, 'u');
/** A capital and small letters only: "Parish", "Clerk". */
export const TITLE_CASE_WORD = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}]+$`, 'u');
