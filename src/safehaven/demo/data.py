"""The invented material of the demo generator: names in many scripts, providers and
their places, the shapes of plans and stays, how sessions and contacts go."""

from __future__ import annotations

import random
from datetime import time
from typing import Any

from safehaven.domain.vocab import (
    CareStage,
    ConsentGiver,
    ContactMethod,
    Destination,
    Frequency,
    IncidentKind,
    Modality,
    ReferralKind,
    SessionStatus,
)

NAMES: dict[str, list[str]] = {
    "es": ["Lucía", "Mateo", "Valentina", "Sofía", "José Ángel", "Camila", "Ximena"],
    "vi": ["Nguyễn Thị Lan", "Trần Minh", "Phạm Thu Hà", "Lê Văn Hùng", "Hoa", "Đặng Linh"],
    "th": ["สมชาย", "มาลี", "ปิยะ", "อรุณี", "นภา", "กนกพร"],
    "ru": ["Анастасия", "Дмитрий", "Ольга", "Никита", "Ксения", "Алёна"],
    "ar": ["فاطمة", "أمينة", "يوسف", "ليلى", "عمر", "زينب"],
    "am": ["ሰላም", "ዮሐንስ", "ሄለን", "ብርሃን", "መቅደስ", "ትዕግሥት"],
    "ro": ["Ioana", "Andreea", "Ștefan", "Mădălina", "Răzvan", "Bianca"],
    "en": ["Grace", "Daniel", "Chloe", "Jayden", "Amelia", "Precious"],
    "el": ["Ελένη", "Γιώργος", "Δέσποινα"],
    "zh": ["李娜", "王芳", "陈静"],
    # Mekong and South Asian routes, and a house in Israel: scripts that need shaping
    # (stacked and reordered letters) or run right to left.
    "km": ["សុភា", "ស្រីល័ក្ខ", "ចាន់ធី", "សុភ័ក្ត្រ", "វិចិត្រ", "ដារ៉ា"],
    "my": ["အေးအေးမွန်", "သီတာ", "ဖြိုးဝေ", "နန္ဒာ", "ခင်မြတ်နိုး", "ဇော်မင်း"],
    "lo": ["ແສງດາວ", "ບຸນມີ", "ມະນີວອນ", "ຄຳຫຼ້າ", "ສົມພອນ", "ວັນນາ"],
    "ne": ["सरिता", "बिमला", "श्रेया", "लक्ष्मी", "पूजा", "कृष्ण"],
    "bn": ["শিরিন", "মৌসুমী", "নাসরিন", "তানজিলা", "রাকিব", "সুমাইয়া"],
    "he": ["נועה", "שירה", "יוסף", "מאיה", "אביגיל", "דניאל"],
}
# The languages a resident is drawn from, and those some of them are swapped for (on a
# stream of their own; see `Generator._resident`): about one resident in three.
FIRST_LANGUAGES = ["es", "vi", "th", "ru", "ar", "am", "ro", "en", "el", "zh"]
FURTHER_LANGUAGES = ["km", "my", "lo", "ne", "bn", "he"]
FURTHER_SHARE = 0.42
INITIALS = {"es": "ABCDGLMRS", "vi": "BDHLNPT", "th": "กคจชนพมส", "ru": "БВГДКМПС",
            "ar": "ابحخسعمن", "am": "ሀለመሰበተነከ", "ro": "ABCDGMPS", "en": "ABCDHJMS",
            "el": "ΑΒΓΔΚΜΠΣ", "zh": "王李张刘陈杨黄赵", "km": "កចដតនបមសហ",
            "my": "ကခစတနပမသ", "lo": "ກຄຈດນບພມສ", "ne": "कगटतपबमरस", "bn": "কগজতনবমরস",
            "he": "אבגדכלמנש"}
LANGUAGE_NAMES = {"es": "Spanish", "vi": "Vietnamese", "th": "Thai", "ru": "Russian",
                  "ar": "Arabic", "am": "Amharic", "ro": "Romanian", "en": "English",
                  "el": "Greek", "zh": "Mandarin", "km": "Khmer", "my": "Burmese",
                  "lo": "Lao", "ne": "Nepali", "bn": "Bengali", "he": "Hebrew"}
# Trusted adults: (name, relationship) from the young person's family, and a few others.
KIN = {"es": ("Rosa Morales", "aunt"), "vi": ("Trần Văn Bình", "older brother"),
       "th": ("บุญมี ศรีสุข", "grandmother"), "ru": ("Ирина Соколова", "aunt"),
       "ar": ("سامي حداد", "uncle"), "am": ("አልማዝ ተስፋዬ", "aunt"), "en": ("Joy Walker", "aunt"),
       "ro": ("Elena Popescu", "grandmother"), "el": ("Νίκος Γεωργίου", "uncle"),
       "zh": ("王秀英", "grandmother"), "km": ("ចាន់ សុភាព", "aunt"),
       "my": ("ဒေါ်ခင်ခင်ဝင်း", "aunt"), "lo": ("ບຸນທັນ ສີສຸກ", "uncle"),
       "ne": ("राम बहादुर थापा", "uncle"), "bn": ("রহিমা বেগম", "grandmother"),
       "he": ("רחל לוי", "aunt")}
OTHER_ADULTS = [("Helen Park", "former teacher"), ("Grace Adeyemi", "church youth leader")]
# Provider: (its place, what it offers, funded: a plan with a cap and an end date).
PROVIDERS: dict[str, tuple[str, tuple[Modality, ...], bool]] = {
    "Harbour Counselling": ("Harbour Counselling rooms, Dock St",
                            (Modality.CRISIS_COUNSELLING, Modality.FAMILY), True),
    "Dr. A. Mensah": ("Dr. Mensah's practice, 14 Elm Road", (Modality.EMDR, Modality.DBT), True),
    "Bright Paths Art Studio": ("Bright Paths studio, Mill Lane", (Modality.ART,), True),
    "Riverside Trauma Clinic": ("Riverside Trauma Clinic", (Modality.TF_CBT, Modality.EMDR), True),
    "Hope Equine Centre": ("Hope Equine Centre farm", (Modality.EQUINE,), True),
    "City Youth Mentors": ("City Youth Mentors, Market Sq", (Modality.MENTORING,), True),
    "Noor Haddad (art therapist)": ("the house", (Modality.ART, Modality.PLAY), False),
    "Open Strings music group": ("the house", (Modality.MUSIC, Modality.DRAMA), False),
    "House peer circle": ("the house", (Modality.PEER_GROUP, Modality.YOGA), False),
}
GOALS = {Modality.TF_CBT: "Coping skills; trauma narrative at own pace",
         Modality.EMDR: "Fewer nightmares and flashbacks", Modality.DBT: "Ride out strong feelings",
         Modality.FAMILY: "Rebuild trust before any visit home",
         Modality.CRISIS_COUNSELLING: "Safety, sleep and routine", Modality.PLAY: "Feel safe",
         Modality.ART: "Express feelings without words", Modality.DRAMA: "Practise saying no",
         Modality.MUSIC: "Calm, joy and a group to belong to", Modality.YOGA: "Calmer sleep",
         Modality.PEER_GROUP: "Friends who understand", Modality.EQUINE: "Trust and calm",
         Modality.MENTORING: "Plans for school or work; a steady adult outside the house"}
# Funded plans: (frequency, weeks, funded sessions); the cap fits the weeks, a few are tight.
SHAPES = [(Frequency.WEEKLY, 12, 12), (Frequency.WEEKLY, 20, 20), (Frequency.WEEKLY, 26, 20),
          (Frequency.TWICE_WEEKLY, 10, 20), (Frequency.FORTNIGHTLY, 26, 12)]
FUNDERS = ["State victim services grant", "Safe Futures Foundation", "Municipal health fund"]
SLOTS = [time(9 + i // 2, 30 * (i % 2)) for i in range(17)]  # 09:00 .. 17:00 on half hours
# The last column of these tables is the weight of the row.
OUTCOMES = [(SessionStatus.ATTENDED, [None], 80),  # how a past session went, and why
            (SessionStatus.MISSED, ["unwell", "refused on the day", "asleep after a bad night"], 8),
            (SessionStatus.CANCELLED_PROVIDER, ["provider on leave", "therapist unwell"], 5),
            (SessionStatus.CANCELLED_RESIDENT, ["court appointment", "school trip"], 5),
            (SessionStatus.RESCHEDULED, ["clashed with a court hearing", "no interpreter"], 2)]
DESTINATIONS = [(Destination.FAMILY, "returned to family", 30),
                (Destination.KINSHIP, "moved to live with relatives", 25),
                (Destination.FOSTER_CARE, "moved to a foster family", 25),
                (Destination.INDEPENDENT_LIVING, "moved to supported independent living", 10),
                (Destination.OTHER_SERVICE, "moved to a specialist service", 10)]
GENDERS = [("girl", "she/her", 55), ("boy", "he/him", 35), ("non-binary", "they/them", 10)]
REFERRALS = [(ReferralKind.MEDICAL, "St Mary's Adolescent Clinic", "Dr. R. Patel", 30),
             (ReferralKind.LEGAL, "Children's Legal Centre", "J. Okoro", 25),
             (ReferralKind.EDUCATION, "Northside Secondary School", "Mrs. Lindqvist", 20),
             (ReferralKind.VOCATIONAL, "Youth Skills Hub", "Ana Ruiz", 15),
             (ReferralKind.HOUSING, "Step Forward Supported Housing", "L. Mwangi", 5),
             (ReferralKind.PSYCHOSOCIAL, "Young Survivors Network", "E. Kowalska", 5)]
CONTACTS = [(ContactMethod.PHONE, "the young person", 35),
            (ContactMethod.HOME_VISIT, "the young person and their carer", 25),
            (ContactMethod.IN_PERSON, "the young person", 20),
            (ContactMethod.VIDEO, "the young person", 10),
            (ContactMethod.THROUGH_AGENCY, "their caseworker", 10)]
GIVERS = [(ConsentGiver.AGENCY, "Guardian ad litem"), (ConsentGiver.AGENCY, "Child Protection"),
          (ConsentGiver.GUARDIAN, "Mother (by phone)"), (ConsentGiver.GUARDIAN, "Legal guardian")]
DIETS = ["vegetarian", "no pork", "lactose intolerant", "nut allergy", "gluten-free"]
NOTES = ["Joined the group for dinner and stayed for the film.",
         "Asked about school enrolment; key worker to follow up.",
         "Quiet day; spent time drawing in the garden.",
         "Phoned a family member with staff support; calm afterwards.",
         "Helped prepare lunch and laughed with the cook.",
         "Nightmare reported at breakfast; offered a walk and a warm drink."]
CLINICAL = ["Session focused on grounding skills; engaged well.",
            "Worked on the trauma narrative; some distress, regulated by end of session.",
            "Reviewed safety plan; no new concerns disclosed."]
# (stage, min days, max days, reason for the move into it); the last stage lasts until today.
STAY = [(CareStage.IDENTIFICATION, 1, 4, "intake"),
        (CareStage.STABILIZATION, 14, 45, "settled; safety plan in place"),
        (CareStage.RECOVERY, 40, 160, "care plan review: ready for therapy"),
        (CareStage.REINTEGRATION, 20, 60, "reintegration plan agreed")]
# what happened, what was done at once, and the outcome, per kind of incident
INCIDENT_TEXT = {
    IncidentKind.SELF_HARM: ("A cut on the forearm found at bedtime.",
                             "First aid; a staff member stayed close; nurse called.",
                             "Seen by the GP next morning; safety plan reviewed together."),
    IncidentKind.MISSING: ("Not back from school by 17:00.",
                           "Phoned their mobile and the school; searched the usual places.",
                           "Came back at 22:30 with police; return interview done."),
    IncidentKind.TRAFFICKER_CONTACT: ("Messages on social media from an unknown adult "
                                      "offering work.",
                                      "Phone kept safe with their agreement; screenshots taken.",
                                      "Reported to police; account blocked; key worker "
                                      "talked it through."),
    IncidentKind.MEDICAL_EMERGENCY: ("Fainted in the kitchen.", "Recovery position; "
                                     "ambulance called.", "Checked at hospital; low blood "
                                     "sugar; home the same night."),
    IncidentKind.OTHER: ("Came back smelling of alcohol.", "Stayed close; water and food.",
                         "Talked it over with the key worker; referral to the youth "
                         "substance service."),
}
# A missing episode's return and return interview: (how back, where and with whom, what the
# interview found and what follows). Chosen by the day, not the seed's generator, so the
# rest of the demo stays as it was.
RETURNS = [
    ("Came back alone, cold and tired.", "At a friend's flat in town; says no adults were "
     "there.", "Felt pressured by an older friend; key worker to talk through safe "
     "friendships; safety plan updated."),
    ("Brought back by police.", "Found at the old bus station with two older men.",
     "Did not want to say much; police informed of the two men; advocate to visit again "
     "next week."),
    ("Found by staff near the park.", "Walked around town; sat in a café.",
     "Was upset after a call from home; family contact to be supervised for now."),
]
SAFETY_PLAN = {
    "warning_signs": "Stops eating; stays in the room; asks about the phone a lot.",
    "coping": "Music with headphones; a walk in the garden with the key worker; drawing.",
    "safe_people_places": "Key worker; the house's art room; the school counsellor.",
    "avoid": "The old bus station; anyone asking for them by their old nickname.",
    "contacts": "House manager (day); on-call manager (night); emergency services.",
}

# Group sessions run by the house itself: one session, several young people.
GROUP_PROVIDER = "House peer circle"
GROUPS = {Modality.PEER_GROUP: ("Thursday circle", 3, time(17, 30), "the house, garden room"),
          Modality.YOGA: ("Evening yoga", 1, time(18, 0), "the house, big room")}
# Outcome measures: (instrument, lowest and highest score at intake, share of residents).
MEASURES = [("cats-self", 16, 44, 1.0), ("phq-a", 6, 21, 0.6), ("gad-7", 5, 18, 0.6),
            ("cats-caregiver", 14, 40, 0.2)]
HOUSE_SCALE = ("Hope and goals (house scale)", 0, 20,
               ("0=Little hope", "8=Some hope", "14=Hopeful"))
# Notes a shift writes when it acknowledges an alert, by the alert's kind.
ACK_NOTES = {
    "overdue-need": ["Appointment booked for next week", "Waiting on the agency; chased today",
                     "Lawyer called back, new date agreed"],
    "consent-expiring": ["Guardian coming in on Friday to renew",
                         "Renewal form sent to the agency"],
    "cap-nearly-used": ["Funder asked for more sessions", "Plan review with the clinician "
                                                          "next week"],
    "follow-up-overdue": ["Phoned twice, will visit on Monday"],
    "no-checkin-today": ["At the hospital overnight with a key worker"],
}


def pick(rng: random.Random, table: list[Any]) -> Any:
    """A row of a table whose last column is its weight."""
    return rng.choices(table, [row[-1] for row in table])[0]
