//! The catalogue. Each term's explanation (and source) is `rt-<id>` in report-terms.ftl.
//!
//! Patterns: write phrases in lower case (they match any case) and acronyms in their capitals
//! (they match only so). Write the singular: plurals and "'s" are found. A pattern must not
//! appear under two terms (a test checks).
//!
//! The Welsh-language words are those of Gweithdrefnau Diogelu Cymru (the Welsh text of the
//! Wales Safeguarding Procedures, safeguarding.wales/cy, section 3 part 2), cyfraith.llyw.cymru
//! ("Diogelu"), and the Welsh leaflets for parents of Conwy and Ceredigion councils on child
//! protection conferences. Only words found there are listed.

use super::Group::{AboutParents, HealthSchool, Law, People};
use super::ReportTerm as T;

pub const TERMS: &[T] = &[
    // ---- The law and the process ----
    T::new(
        "child-protection-conference",
        Law,
        &[
            "child protection conference",
            "CP conference",
            "case conference",
        ],
    )
    .glossary("child-protection-conference")
    .cy(&["cynhadledd amddiffyn plant", "cynadleddau amddiffyn plant"]),
    T::new(
        "icpc",
        Law,
        &[
            "ICPC",
            "initial child protection conference",
            "initial conference",
            "initial CP conference",
        ],
    )
    .glossary("child-protection-conference")
    .cy(&[
        "cynhadledd amddiffyn plant gychwynnol",
        "cynhadledd amddiffyn plant cychwynnol",
    ]),
    T::new(
        "review-conference",
        Law,
        &[
            "RCPC",
            "review child protection conference",
            "child protection review conference",
            "review conference",
            "review CP conference",
        ],
    )
    .glossary("review-conference")
    .cy(&["cynhadledd adolygu", "cynadleddau adolygu"]),
    T::new(
        "pre-birth-conference",
        Law,
        &[
            "pre-birth conference",
            "pre birth conference",
            "prebirth conference",
            "pre-birth child protection conference",
        ],
    )
    .glossary("pre-birth-conference")
    .cy(&["cynhadledd amddiffyn plant cyn geni"]),
    T::new(
        "child-protection-plan",
        Law,
        &["child protection plan", "CPP", "CP plan"],
    )
    .glossary("child-protection-plan")
    .cy(&["cynllun amddiffyn plant"]),
    T::new(
        "outline-plan",
        Law,
        &["outline plan", "outline child protection plan"],
    )
    .glossary("child-protection-plan"),
    T::new("cp", Law, &["CP", "child protection"]).cy(&["amddiffyn plant"]),
    T::new(
        "child-in-need",
        Law,
        &["CIN", "CiN", "child in need", "children in need"],
    )
    .glossary("child-in-need-plan"),
    T::new(
        "child-in-need-plan",
        Law,
        &[
            "child in need plan",
            "children in need plan",
            "CIN plan",
            "CiN plan",
        ],
    )
    .glossary("child-in-need-plan"),
    T::new("care-and-support-plan", Law, &["care and support plan"])
        .wales()
        .glossary("care-and-support-plan")
        .cy(&["cynllun gofal a chymorth"]),
    T::new(
        "care-and-support-protection-plan",
        Law,
        &["care and support protection plan"],
    )
    .wales()
    .glossary("care-and-support-protection-plan")
    .cy(&["cynllun amddiffyn gofal a chymorth"]),
    T::new(
        "child-protection-register",
        Law,
        &["child protection register"],
    )
    .wales()
    .glossary("child-protection-register")
    .cy(&["cofrestr amddiffyn plant"]),
    T::new(
        "category-of-harm",
        Law,
        &[
            "category of harm",
            "categories of harm",
            "category of abuse",
            "categories of abuse",
        ],
    )
    .glossary("category-of-harm"),
    T::new("physical-abuse", Law, &["physical abuse", "physical harm"])
        .glossary("category-of-harm")
        .cy(&["cam-drin corfforol"]),
    T::new(
        "emotional-abuse",
        Law,
        &[
            "emotional abuse",
            "emotional harm",
            "psychological abuse",
            "emotional or psychological abuse",
        ],
    )
    .glossary("category-of-harm")
    .cy(&["cam-drin emosiynol"]),
    T::new("sexual-abuse", Law, &["sexual abuse", "sexual harm"])
        .glossary("category-of-harm")
        .cy(&["cam-drin rhywiol"]),
    T::new("neglect", Law, &["neglect", "neglected", "neglectful"])
        .glossary("category-of-harm")
        .cy(&["esgeulustod"]),
    T::new("financial-abuse", Law, &["financial abuse"])
        .wales()
        .glossary("category-of-harm")
        .cy(&["cam-drin ariannol"]),
    T::new("significant-harm", Law, &["significant harm"])
        .glossary("significant-harm")
        .cy(&["niwed sylweddol"]),
    T::new(
        "section-47-enquiries",
        Law,
        &[
            "s47",
            "s.47",
            "s 47",
            "section 47",
            "section 47 enquiry",
            "section 47 investigation",
            "s47 enquiry",
            "s.47 enquiry",
            "s 47 enquiry",
            "s47 investigation",
            "s.47 investigation",
            "child protection enquiry",
            "child protection investigation",
        ],
    )
    .glossary("section-47-enquiries")
    .cy(&["ymholiadau adran 47", "adran 47", "ymholiadau a47", "a47"]),
    T::new("section-17", Law, &["s17", "s.17", "s 17", "section 17"])
        .glossary("child-in-need-plan"),
    T::new(
        "section-20",
        Law,
        &[
            "s20",
            "s.20",
            "s 20",
            "section 20",
            "section 20 agreement",
            "s20 agreement",
            "voluntary accommodation",
        ],
    )
    .england(),
    T::new("section-76", Law, &["s76", "s.76", "s 76", "section 76"])
        .wales()
        .cy(&["adran 76"]),
    T::new("section-31", Law, &["s31", "s.31", "s 31", "section 31"]),
    T::new(
        "threshold",
        Law,
        &[
            "threshold",
            "threshold criteria",
            "threshold document",
            "threshold statement",
        ],
    ),
    T::new(
        "strategy-discussion",
        Law,
        &["strategy discussion", "strategy meeting"],
    )
    .glossary("strategy-discussion")
    .cy(&["trafodaeth strategaeth"]),
    T::new(
        "assessment",
        Law,
        &[
            "assessment",
            "single assessment",
            "child and family assessment",
            "core assessment",
            "initial assessment",
        ],
    )
    .glossary("assessment")
    .cy(&["asesiad"]),
    T::new(
        "contingency-plan",
        Law,
        &["contingency plan", "contingency planning"],
    )
    .glossary("contingency-plan")
    .cy(&["cynllun wrth gefn"]),
    T::new("core-group", Law, &["core group", "core group meeting"])
        .glossary("core-group")
        .cy(&["grŵp craidd"]),
    T::new(
        "family-group-conference",
        Law,
        &["FGC", "family group conference", "family group meeting"],
    )
    .glossary("family-group-conference"),
    T::new(
        "legal-planning-meeting",
        Law,
        &[
            "legal planning meeting",
            "LPM",
            "legal gateway meeting",
            "legal planning",
        ],
    )
    .glossary("legal-planning-meeting"),
    T::new(
        "letter-before-proceedings",
        Law,
        &[
            "letter before proceedings",
            "LBP",
            "pre-proceedings letter",
            "letter before proceeding",
        ],
    )
    .glossary("letter-before-proceedings"),
    T::new("letter-of-issue", Law, &["letter of issue"]).glossary("letter-of-issue"),
    T::new(
        "plo",
        Law,
        &[
            "PLO",
            "public law outline",
            "pre-proceedings",
            "pre proceedings",
            "PLO process",
        ],
    )
    .glossary("plo"),
    T::new(
        "pre-proceedings-meeting",
        Law,
        &[
            "pre-proceedings meeting",
            "pre proceedings meeting",
            "PLO meeting",
        ],
    )
    .glossary("plo"),
    T::new(
        "minutes",
        Law,
        &[
            "conference minutes",
            "minutes of the conference",
            "minutes of the meeting",
            "meeting minutes",
        ],
    )
    .glossary("minutes"),
    T::new(
        "parental-responsibility",
        Law,
        &["PR", "parental responsibility"],
    )
    .glossary("parental-responsibility")
    .cy(&["cyfrifoldeb rhiant"]),
    T::new("working-day", Law, &["working day"])
        .glossary("working-day")
        .cy(&["diwrnod gwaith", "diwrnodau gwaith"]),
    T::new("legal-aid", Law, &["legal aid"]).glossary("legal-aid"),
    T::new(
        "ombudsman",
        Law,
        &[
            "ombudsman",
            "LGSCO",
            "local government and social care ombudsman",
            "public services ombudsman for wales",
            "PSOW",
        ],
    )
    .glossary("ombudsman"),
    T::new(
        "childrens-services",
        Law,
        &[
            "children's services",
            "childrens services",
            "children's social care",
            "childrens social care",
            "CSC",
            "social services",
            "children's social services",
        ],
    )
    .glossary("childrens-services")
    .cy(&["gwasanaethau cymdeithasol", "gofal cymdeithasol i blant"]),
    T::new("local-authority", Law, &["LA", "local authority"]).cy(&["awdurdod lleol"]),
    T::new(
        "children-act-1989",
        Law,
        &["children act 1989", "CA 1989", "CA89"],
    ),
    T::new(
        "sswba",
        Law,
        &[
            "social services and well-being (wales) act 2014",
            "social services and wellbeing (wales) act 2014",
            "social services and well-being (wales) act",
            "SSWBA",
            "SSWB Act",
        ],
    )
    .wales()
    .cy(&["deddf gwasanaethau cymdeithasol a llesiant (cymru) 2014"]),
    T::new(
        "working-together",
        Law,
        &["working together to safeguard children"],
    )
    .england(),
    T::new(
        "wales-safeguarding-procedures",
        Law,
        &[
            "wales safeguarding procedures",
            "all wales child protection procedures",
            "all wales procedures",
        ],
    )
    .wales()
    .cy(&["gweithdrefnau diogelu cymru"]),
    T::new("epo", Law, &["EPO", "emergency protection order"]),
    T::new(
        "police-protection",
        Law,
        &["police protection", "police powers of protection"],
    ),
    T::new("ico", Law, &["ICO", "interim care order"]),
    T::new(
        "care-order",
        Law,
        &["care order", "full care order", "final care order"],
    ),
    T::new(
        "supervision-order",
        Law,
        &["supervision order", "interim supervision order"],
    ),
    T::new(
        "sgo",
        Law,
        &[
            "SGO",
            "special guardianship order",
            "special guardianship",
            "special guardian",
        ],
    ),
    T::new(
        "child-arrangements-order",
        Law,
        &["CAO", "child arrangements order"],
    ),
    T::new(
        "care-proceedings",
        Law,
        &["care proceedings", "public law proceedings"],
    ),
    T::new("placement-order", Law, &["placement order"]),
    T::new("irh", Law, &["IRH", "issues resolution hearing"]),
    T::new("cmh", Law, &["CMH", "case management hearing"]),
    T::new("final-hearing", Law, &["final hearing"]),
    T::new("fdac", Law, &["FDAC", "family drug and alcohol court"]),
    T::new("care-plan", Law, &["care plan", "interim care plan"]),
    T::new(
        "parallel-planning",
        Law,
        &[
            "parallel planning",
            "twin track planning",
            "twin-track planning",
            "twin track",
            "twin-track",
            "concurrent planning",
        ],
    ),
    T::new(
        "permanence",
        Law,
        &[
            "permanence",
            "permanency",
            "permanence plan",
            "permanency plan",
        ],
    ),
    T::new(
        "reunification",
        Law,
        &["reunification", "rehabilitation home"],
    ),
    T::new(
        "looked-after-child",
        Law,
        &[
            "LAC",
            "CLA",
            "looked after child",
            "looked after children",
            "looked-after child",
            "looked-after children",
            "child looked after",
            "children looked after",
        ],
    )
    .cy(&["plentyn sy'n derbyn gofal", "plant sy'n derbyn gofal"]),
    T::new(
        "family-time",
        Law,
        &[
            "family time",
            "supervised contact",
            "supervised family time",
            "contact centre",
        ],
    ),
    T::new("viability-assessment", Law, &["viability assessment"]),
    T::new(
        "residential-assessment",
        Law,
        &[
            "residential assessment",
            "parent and child placement",
            "mother and baby placement",
            "parent and baby placement",
        ],
    ),
    T::new(
        "mash",
        Law,
        &[
            "MASH",
            "multi-agency safeguarding hub",
            "multi agency safeguarding hub",
        ],
    ),
    T::new("referral", Law, &["referral", "re-referral"]),
    T::new("nfa", Law, &["NFA", "no further action"]),
    T::new(
        "marac",
        Law,
        &[
            "MARAC",
            "multi-agency risk assessment conference",
            "multi agency risk assessment conference",
        ],
    ),
    T::new(
        "mappa",
        Law,
        &[
            "MAPPA",
            "multi-agency public protection arrangements",
            "multi agency public protection arrangements",
        ],
    ),
    T::new("dash", Law, &["DASH", "DASH risk assessment"]),
    T::new(
        "early-help",
        Law,
        &[
            "early help",
            "early help assessment",
            "EHA",
            "early help plan",
        ],
    ),
    T::new(
        "team-around-the-family",
        Law,
        &[
            "TAF",
            "TAC",
            "team around the family",
            "team around the child",
        ],
    ),
    T::new(
        "step-down",
        Law,
        &["step down", "stepped down", "step-down", "stepping down"],
    ),
    T::new(
        "safeguarding-partnership",
        Law,
        &[
            "LSCP",
            "local safeguarding children partnership",
            "safeguarding partnership",
            "safeguarding partners",
            "LSCB",
            "local safeguarding children board",
        ],
    )
    .england(),
    T::new(
        "regional-safeguarding-board",
        Law,
        &[
            "regional safeguarding board",
            "regional safeguarding children board",
        ],
    )
    .wales()
    .cy(&["bwrdd diogelu rhanbarthol"]),
    T::new("safeguarding", Law, &["safeguarding"]).cy(&["diogelu"]),
    T::new(
        "multi-agency",
        Law,
        &["multi-agency", "multi agency", "multiagency"],
    ),
    T::new(
        "professionals-meeting",
        Law,
        &["professionals meeting", "professionals' meeting"],
    ),
    T::new(
        "statutory-visit",
        Law,
        &["statutory visit", "statutory home visit"],
    ),
    T::new(
        "unannounced-visit",
        Law,
        &["unannounced visit", "unannounced home visit"],
    ),
    T::new("seen-alone", Law, &["seen alone", "seen and seen alone"]),
    T::new(
        "substantiated",
        Law,
        &["substantiated", "unsubstantiated", "not substantiated"],
    ),
    T::new("disclosure", Law, &["disclosure", "disclosed"]),
    T::new(
        "abe-interview",
        Law,
        &[
            "ABE",
            "ABE interview",
            "achieving best evidence",
            "achieving best evidence interview",
        ],
    ),
    T::new("cps", Law, &["CPS", "crown prosecution service"]),
    T::new(
        "bail",
        Law,
        &["bail", "bail conditions", "police bail", "pre-charge bail"],
    ),
    T::new("rui", Law, &["RUI", "released under investigation"]),
    T::new(
        "non-molestation-order",
        Law,
        &["non-molestation order", "non molestation order"],
    ),
    T::new("occupation-order", Law, &["occupation order"]),
    T::new(
        "dvpo",
        Law,
        &[
            "DVPO",
            "DVPN",
            "domestic violence protection order",
            "domestic violence protection notice",
            "DAPO",
            "domestic abuse protection order",
        ],
    ),
    T::new(
        "clares-law",
        Law,
        &["clare's law", "DVDS", "domestic violence disclosure scheme"],
    ),
    T::new(
        "cse",
        Law,
        &["CSE", "child sexual exploitation", "sexual exploitation"],
    ),
    T::new(
        "cce",
        Law,
        &[
            "CCE",
            "child criminal exploitation",
            "criminal exploitation",
        ],
    ),
    T::new("county-lines", Law, &["county lines"]),
    T::new(
        "contextual-safeguarding",
        Law,
        &[
            "contextual safeguarding",
            "extra-familial harm",
            "extra familial harm",
        ],
    ),
    T::new(
        "missing-episode",
        Law,
        &["missing episode", "return home interview", "RHI"],
    ),
    T::new("fgm", Law, &["FGM", "female genital mutilation"]),
    T::new(
        "asb",
        Law,
        &["ASB", "anti-social behaviour", "antisocial behaviour"],
    ),
    // ---- The people ----
    T::new(
        "social-worker",
        People,
        &["social worker", "SW", "allocated social worker"],
    )
    .glossary("lead-social-worker")
    .cy(&["gweithiwr cymdeithasol", "gweithwyr cymdeithasol"]),
    T::new(
        "lead-social-worker",
        People,
        &[
            "lead social worker",
            "key worker",
            "keyworker",
            "lead practitioner",
        ],
    )
    .glossary("lead-social-worker"),
    T::new("team-manager", People, &["TM", "team manager"]),
    T::new(
        "chair",
        People,
        &[
            "CP chair",
            "conference chair",
            "independent chair",
            "chairperson",
            "child protection chair",
            "child protection conference chair",
        ],
    )
    .glossary("chair")
    .cy(&["cadeirydd", "cadeirydd y gynhadledd"]),
    T::new("iro", People, &["IRO", "independent reviewing officer"]),
    T::new(
        "lado",
        People,
        &[
            "LADO",
            "local authority designated officer",
            "designated officer",
        ],
    ),
    T::new(
        "advocate",
        People,
        &[
            "advocate",
            "parent advocate",
            "independent advocate",
            "advocacy",
        ],
    )
    .glossary("advocate")
    .cy(&["eiriolwr", "eiriolaeth"]),
    T::new(
        "childrens-guardian",
        People,
        &[
            "children's guardian",
            "childrens guardian",
            "child's guardian",
        ],
    ),
    T::new("cafcass", People, &["Cafcass", "CAFCASS"]),
    T::new(
        "cafcass-cymru",
        People,
        &["Cafcass Cymru", "CAFCASS Cymru", "CAFCASS CYMRU"],
    )
    .wales(),
    T::new(
        "family-support-worker",
        People,
        &["family support worker", "FSW"],
    ),
    T::new(
        "idva",
        People,
        &[
            "IDVA",
            "independent domestic violence advisor",
            "independent domestic violence adviser",
        ],
    ),
    T::new(
        "isva",
        People,
        &[
            "ISVA",
            "independent sexual violence adviser",
            "independent sexual violence advisor",
        ],
    ),
    T::new(
        "pcso",
        People,
        &["PCSO", "police community support officer"],
    ),
    T::new(
        "probation",
        People,
        &["probation", "probation officer", "probation service"],
    ),
    T::new(
        "yot",
        People,
        &[
            "YOT",
            "YOS",
            "YJS",
            "youth offending team",
            "youth offending service",
            "youth justice service",
        ],
    ),
    T::new("minute-taker", People, &["minute taker", "minute-taker"]).glossary("minutes"),
    T::new(
        "foster-carer",
        People,
        &[
            "foster carer",
            "foster care",
            "foster placement",
            "foster parent",
        ],
    )
    .cy(&["gofal maeth", "gofalwr maeth", "gofalwyr maeth"]),
    T::new(
        "kinship-carer",
        People,
        &[
            "kinship carer",
            "kinship care",
            "family and friends carer",
            "family and friends care",
            "connected person",
            "connected persons",
            "connected carer",
        ],
    ),
    T::new(
        "primary-carer",
        People,
        &["primary carer", "main carer", "primary caregiver"],
    ),
    T::new(
        "non-resident-parent",
        People,
        &["non-resident parent", "non resident parent"],
    ),
    T::new(
        "edt",
        People,
        &[
            "EDT",
            "emergency duty team",
            "out of hours team",
            "out-of-hours team",
        ],
    ),
    // ---- Health and school ----
    T::new("health-visitor", HealthSchool, &["HV", "health visitor"])
        .glossary("health-visitor")
        .cy(&["ymwelydd iechyd", "ymwelwyr iechyd"]),
    T::new(
        "gp",
        HealthSchool,
        &["GP", "general practitioner", "family doctor"],
    )
    .cy(&["meddyg teulu"]),
    T::new(
        "midwife",
        HealthSchool,
        &[
            "midwife",
            "community midwife",
            "specialist midwife",
            "midwifery",
        ],
    ),
    T::new(
        "school-nurse",
        HealthSchool,
        &["school nurse", "school nursing"],
    )
    .cy(&["nyrs ysgol"]),
    T::new(
        "paediatrician",
        HealthSchool,
        &[
            "paediatrician",
            "community paediatrician",
            "consultant paediatrician",
        ],
    ),
    T::new(
        "camhs",
        HealthSchool,
        &[
            "CAMHS",
            "CYPMHS",
            "child and adolescent mental health service",
            "child and adolescent mental health services",
        ],
    ),
    T::new(
        "cpn",
        HealthSchool,
        &[
            "CPN",
            "community psychiatric nurse",
            "community mental health nurse",
        ],
    ),
    T::new(
        "cmht",
        HealthSchool,
        &["CMHT", "community mental health team"],
    ),
    T::new(
        "a-and-e",
        HealthSchool,
        &[
            "A&E",
            "A & E",
            "accident and emergency",
            "emergency department",
        ],
    ),
    T::new(
        "nai",
        HealthSchool,
        &["NAI", "non-accidental injury", "non accidental injury"],
    ),
    T::new("skeletal-survey", HealthSchool, &["skeletal survey"]),
    T::new(
        "cp-medical",
        HealthSchool,
        &[
            "child protection medical",
            "CP medical",
            "child protection medical examination",
        ],
    ),
    T::new("dna", HealthSchool, &["DNA", "did not attend"]),
    T::new(
        "was-not-brought",
        HealthSchool,
        &["WNB", "was not brought", "were not brought"],
    )
    .loaded(),
    T::new(
        "faltering-growth",
        HealthSchool,
        &["faltering growth", "failure to thrive", "faltering weight"],
    ),
    T::new(
        "centile",
        HealthSchool,
        &["centile", "centile chart", "percentile"],
    ),
    T::new(
        "developmental-delay",
        HealthSchool,
        &[
            "developmental delay",
            "global developmental delay",
            "developmental milestone",
        ],
    ),
    T::new(
        "red-book",
        HealthSchool,
        &["red book", "PCHR", "personal child health record"],
    ),
    T::new(
        "perinatal-mental-health",
        HealthSchool,
        &[
            "perinatal mental health",
            "PND",
            "postnatal depression",
            "post-natal depression",
        ],
    ),
    T::new(
        "autism",
        HealthSchool,
        &[
            "ASD",
            "ASC",
            "autism",
            "autism spectrum disorder",
            "autism spectrum condition",
        ],
    ),
    T::new(
        "adhd",
        HealthSchool,
        &["ADHD", "attention deficit hyperactivity disorder"],
    ),
    T::new(
        "safe-sleep",
        HealthSchool,
        &["safe sleep", "co-sleeping", "co sleeping", "SUDI"],
    ),
    T::new(
        "substance-misuse-service",
        HealthSchool,
        &[
            "drug and alcohol service",
            "substance misuse service",
            "drug and alcohol team",
        ],
    ),
    T::new(
        "healthy-child-programme",
        HealthSchool,
        &["healthy child programme", "healthy child wales programme"],
    ),
    T::new(
        "sen",
        HealthSchool,
        &[
            "SEN",
            "SEND",
            "special educational needs",
            "special educational needs and disabilities",
        ],
    ),
    T::new(
        "senco",
        HealthSchool,
        &[
            "SENCO",
            "SENCo",
            "SENDCo",
            "SENDCO",
            "special educational needs coordinator",
            "special educational needs co-ordinator",
        ],
    )
    .england(),
    T::new(
        "ehcp",
        HealthSchool,
        &[
            "EHCP",
            "EHC plan",
            "education, health and care plan",
            "education health and care plan",
        ],
    )
    .england(),
    T::new("aln", HealthSchool, &["ALN", "additional learning needs"]).wales(),
    T::new(
        "alnco",
        HealthSchool,
        &[
            "ALNCo",
            "ALNCO",
            "additional learning needs coordinator",
            "additional learning needs co-ordinator",
        ],
    )
    .wales(),
    T::new("idp", HealthSchool, &["IDP", "individual development plan"]).wales(),
    T::new("pep", HealthSchool, &["PEP", "personal education plan"]),
    T::new(
        "virtual-school",
        HealthSchool,
        &["virtual school", "virtual school head", "VSH"],
    )
    .england(),
    T::new(
        "dsl",
        HealthSchool,
        &[
            "DSL",
            "designated safeguarding lead",
            "DSP",
            "designated safeguarding person",
        ],
    ),
    T::new(
        "ewo",
        HealthSchool,
        &[
            "EWO",
            "education welfare officer",
            "attendance officer",
            "EWS",
            "education welfare service",
        ],
    ),
    T::new(
        "persistent-absence",
        HealthSchool,
        &["persistent absence", "persistently absent"],
    ),
    T::new(
        "exclusion",
        HealthSchool,
        &[
            "exclusion",
            "permanent exclusion",
            "fixed-term exclusion",
            "fixed term exclusion",
            "suspension",
        ],
    ),
    T::new(
        "pru",
        HealthSchool,
        &["PRU", "pupil referral unit", "alternative provision"],
    ),
    T::new(
        "ehe",
        HealthSchool,
        &["EHE", "elective home education", "home education"],
    ),
    T::new(
        "cme",
        HealthSchool,
        &[
            "CME",
            "children missing education",
            "child missing education",
        ],
    ),
    T::new("fsm", HealthSchool, &["FSM", "free school meals"]),
    // ---- The words professionals use about parents ----
    T::new(
        "engagement",
        AboutParents,
        &["engagement", "engaged", "engaging", "engage"],
    ),
    T::new(
        "non-engagement",
        AboutParents,
        &[
            "non-engagement",
            "non engagement",
            "not engaging",
            "not engaged",
            "disengaged",
            "disengagement",
            "lack of engagement",
            "poor engagement",
            "failed to engage",
            "failing to engage",
            "refused to engage",
            "reluctant to engage",
        ],
    )
    .loaded(),
    T::new(
        "disguised-compliance",
        AboutParents,
        &["disguised compliance"],
    )
    .loaded(),
    T::new(
        "non-compliance",
        AboutParents,
        &[
            "non-compliance",
            "non compliance",
            "non-compliant",
            "not compliant",
            "uncooperative",
            "unco-operative",
        ],
    )
    .loaded(),
    T::new(
        "minimising",
        AboutParents,
        &[
            "minimising",
            "minimise",
            "minimised",
            "minimisation",
            "minimizing",
            "minimize",
            "minimized",
            "minimization",
        ],
    )
    .loaded(),
    T::new(
        "lack-of-insight",
        AboutParents,
        &[
            "lack of insight",
            "limited insight",
            "little insight",
            "no insight",
            "poor insight",
            "lacks insight",
            "insight",
        ],
    )
    .loaded(),
    T::new(
        "good-enough-parenting",
        AboutParents,
        &[
            "good enough parenting",
            "good-enough parenting",
            "good enough parent",
            "good enough care",
            "good-enough care",
        ],
    )
    .loaded(),
    T::new("protective-factors", AboutParents, &["protective factor"]),
    T::new("risk-factors", AboutParents, &["risk factor"]),
    T::new("chronology", AboutParents, &["chronology"]),
    T::new("genogram", AboutParents, &["genogram"]),
    T::new("ecomap", AboutParents, &["ecomap", "eco-map", "eco map"]),
    T::new(
        "safety-plan",
        AboutParents,
        &["safety plan", "safety planning", "family safety plan"],
    ),
    T::new(
        "written-agreement",
        AboutParents,
        &["written agreement", "working agreement"],
    ),
    T::new(
        "parenting-assessment",
        AboutParents,
        &[
            "parenting assessment",
            "parenting capacity assessment",
            "PAMS",
            "PAMS assessment",
        ],
    ),
    T::new(
        "parenting-capacity",
        AboutParents,
        &[
            "parenting capacity",
            "parental capacity",
            "capacity to parent",
        ],
    ),
    T::new(
        "capacity-to-change",
        AboutParents,
        &[
            "capacity to change",
            "capacity for change",
            "ability to change",
        ],
    )
    .loaded(),
    T::new(
        "sustained-change",
        AboutParents,
        &[
            "sustained change",
            "sustainable change",
            "sustained improvement",
        ],
    )
    .loaded(),
    T::new(
        "hair-strand-test",
        AboutParents,
        &[
            "hair strand test",
            "hair strand testing",
            "hair strand analysis",
            "hair test",
            "hair testing",
        ],
    ),
    T::new("chaotic", AboutParents, &["chaotic", "chaotic lifestyle"]).loaded(),
    T::new(
        "failure-to-protect",
        AboutParents,
        &[
            "failure to protect",
            "failed to protect",
            "failing to protect",
        ],
    )
    .loaded(),
    T::new(
        "emotionally-unavailable",
        AboutParents,
        &["emotionally unavailable", "emotional unavailability"],
    )
    .loaded(),
    T::new(
        "home-conditions",
        AboutParents,
        &[
            "home conditions",
            "poor home conditions",
            "state of the home",
        ],
    )
    .loaded(),
    T::new("basic-care", AboutParents, &["basic care"]),
    T::new(
        "boundaries",
        AboutParents,
        &[
            "boundaries",
            "routines and boundaries",
            "lack of boundaries",
        ],
    ),
    T::new(
        "attachment",
        AboutParents,
        &["attachment", "secure attachment", "insecure attachment"],
    ),
    T::new(
        "aces",
        AboutParents,
        &["ACE", "adverse childhood experience"],
    ),
    T::new("cumulative-harm", AboutParents, &["cumulative harm"]),
    T::new(
        "drift-and-delay",
        AboutParents,
        &["drift and delay", "drift"],
    ),
    T::new("toxic-trio", AboutParents, &["toxic trio"]).loaded(),
    T::new("domestic-abuse", AboutParents, &["DA", "domestic abuse"]).cy(&["cam-drin domestig"]),
    T::new(
        "domestic-violence",
        AboutParents,
        &["DV", "domestic violence"],
    ),
    T::new(
        "coercive-control",
        AboutParents,
        &[
            "coercive control",
            "coercive and controlling behaviour",
            "controlling and coercive behaviour",
            "controlling behaviour",
        ],
    ),
    T::new(
        "substance-misuse",
        AboutParents,
        &[
            "substance misuse",
            "substance use",
            "alcohol misuse",
            "drug misuse",
        ],
    ),
    T::new(
        "historical-concerns",
        AboutParents,
        &["historical concerns", "historic concerns"],
    )
    .loaded(),
    T::new(
        "collusion",
        AboutParents,
        &["collusion", "colluding", "collude", "colluded"],
    )
    .loaded(),
    T::new(
        "perpetrator",
        AboutParents,
        &["perpetrator", "alleged perpetrator"],
    )
    .loaded(),
    T::new(
        "perpetrator-programme",
        AboutParents,
        &[
            "perpetrator programme",
            "domestic abuse perpetrator programme",
        ],
    ),
    T::new(
        "presentation",
        AboutParents,
        &["presentation", "presented as", "presents as"],
    ),
    T::new(
        "wishes-and-feelings",
        AboutParents,
        &["wishes and feelings"],
    ),
    T::new(
        "voice-of-the-child",
        AboutParents,
        &["voice of the child", "child's voice"],
    )
    .cy(&["llais y plentyn"]),
    T::new("lived-experience", AboutParents, &["lived experience"]),
    T::new("signs-of-safety", AboutParents, &["signs of safety"]),
];
