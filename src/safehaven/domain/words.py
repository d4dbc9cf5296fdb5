"""Words for vocabulary values, as staff say them (translatable).

The reports translate them with the core's `tr`, the desktop app with Qt's translator.
"""

from __future__ import annotations

from safehaven.i18n import tr

_WORDS = {
    # care stages
    "identification": "Identification", "stabilization": "Stabilization",
    "recovery": "Recovery", "reintegration": "Reintegration", "follow-up": "Follow-up",
    # need categories ("medical" is also a risk flag; one word serves both)
    "safe-housing": "Safe housing", "medical": "Medical",
    "crisis-counselling": "Crisis counselling", "legal-immigration": "Legal / immigration",
    "identity-documents": "Identity documents", "education": "Education",
    "family-tracing": "Family tracing", "clothing-basics": "Clothing & basics",
    "interpreter": "Interpreter", "other": "Other",
    # priorities and statuses
    "high": "High", "medium": "Medium", "low": "Low", "open": "Open",
    "in-progress": "In progress", "met": "Met", "not-applicable": "Not applicable",
    # sessions
    "scheduled": "Scheduled", "attended": "Attended", "missed": "Missed",
    "cancelled-provider": "Cancelled by provider", "cancelled-resident": "Cancelled by resident",
    "rescheduled": "Rescheduled",
    # modalities
    "tf-cbt": "TF-CBT", "emdr": "EMDR", "dbt": "DBT", "family-therapy": "Family therapy",
    "art": "Art therapy", "music": "Music therapy", "play": "Play therapy",
    "drama": "Drama therapy", "yoga": "Yoga", "equine": "Equine therapy",
    "peer-group": "Peer group", "mentoring": "Mentoring",
    # risk flags
    "self-harm": "Self-harm concern", "runaway": "Runaway risk",
    "runaway-risk": "Talk or signs of running away",
    "trafficker-contact": "Contact from trafficker or unknown person",
    "substance-use": "Substance use",
    # alerts
    "risk-flag": "Risk flag", "no-checkin-today": "No check-in today",
    "missed-sessions": "Two missed sessions in a row",
    "cap-nearly-used": "Funded sessions nearly used",
    "overdue-need": "Overdue high-priority need", "consent-expiring": "Consent expiring",
    "follow-up-overdue": "Follow-up contact overdue",
    "incident-noted": "Incident written at a check-in",
    "follow-up-risk": "Risk found at a follow-up contact",
    # why someone comes first among those still to check in (services/waiting.py)
    "low-mood-recently": "Low mood lately", "no-safety-plan": "No safety plan",
    "handover": "Handover note",
    # what the handover view lists (services/handover.py)
    "incident": "Incident", "flag": "Risk flag at a check-in",
    "missed-checkin": "Check-in missed", "session-held": "Session held",
    "session-missed": "Session missed", "note": "Note", "house-log": "House log",
    # vetting, referrals
    "not-vetted": "Not vetted", "vetted": "Vetted", "rejected": "Rejected",
    "draft": "Draft", "sent": "Sent", "accepted": "Accepted", "declined": "Declined",
    "completed": "Completed", "legal": "Legal", "vocational": "Vocational",
    # check-in toggles and shifts
    "morning": "Morning", "afternoon": "Afternoon", "night": "Night",
    "good": "Good", "fair": "Fair", "poor": "Poor",
    "yes": "Yes", "somewhat": "Somewhat", "no": "No",
    # therapy frequency, note kinds, roles
    "weekly": "Weekly", "twice-weekly": "Twice a week", "fortnightly": "Every two weeks",
    "monthly": "Monthly", "as-needed": "As needed",
    "general": "General", "clinical": "Clinical", "handoff": "Hand-off",
    "staff": "Staff", "clinician": "Clinician", "manager": "Manager", "admin": "Admin",
    # referrals, consent, vetting, reintegration, follow-up (issue: the whole care pathway)
    "housing": "Housing", "psychosocial": "Psychosocial support",
    "documents": "Documents checked", "home-visit": "Home visit",
    "police-check": "Police check", "agency-confirmation": "Agency confirmation",
    "therapy": "Therapy", "information-sharing": "Information sharing",
    "photographs": "Photographs", "research": "Research",
    "guardian": "Guardian", "agency": "Agency (guardian ad litem, court)",
    "young-person": "The young person", "family": "Family", "kinship": "Kinship care",
    "foster-care": "Foster care", "independent-living": "Independent living",
    "other-service": "Another service",
    "unexplained-money": "Unexplained money or gifts",
    "missing-school-or-work": "Missing school or work",
    "unsafe-relationship": "Unsafe relationship", "debt-or-pressure": "Debt or pressure to work",
    "placement-breakdown": "Placement breaking down",
    "school": "School", "work": "Work", "training": "Training", "neither": "Neither",
    "in-person": "In person", "phone": "Phone", "video": "Video call",
    "through-agency": "Through an agency",
    "consent-expired": "Consent expired", "consent-missing": "Consent missing for therapy",
    # incidents
    "missing": "Missing from care", "violence": "Violence",
    "medical-emergency": "Medical emergency", "disclosure": "Disclosure",
    "police": "Police", "incident-open": "Open incident",
    "safety-plan-review": "Safety plan review due",
    # missing from care: the episode to the return interview
    "social-worker": "Social worker", "missing-now": "Missing from care now",
    "return-interview-due": "Return interview due",
    "return-interview-overdue": "Return interview overdue",
    # visits and contacts; the no-contact list
    "visit": "Visit", "call": "Phone call", "message": "Message", "letter": "Letter",
    "no-contact-match": "Contact with someone on the no-contact list",
    "unknown-contact": "Contact attempt by an unknown person",
    "unvetted-contact": "Contact with an adult not yet vetted",
    # restraint and physical intervention
    "guiding": "Guiding by the arm", "escort": "Escort by two staff",
    "standing-hold": "Standing hold", "seated-hold": "Seated hold",
    "other-technique": "Another technique",
    "restraint-debrief-due": "Debrief after a restraint due",
    "restraint-debrief-overdue": "Debrief after a restraint overdue",
    "restraint-review-due": "Manager's review of a restraint due",
    # the house log
    "visitor-at-door": "Visitor at the door", "stranger-outside": "Stranger outside",
    "police-visit": "Police visit", "maintenance": "Maintenance", "power-cut": "Power cut",
    "house-other": "Something else",
    # a child's life beyond therapy (issue 31): exploitation, the legal case, decisions
    "sexual": "Sexual exploitation", "labour": "Labour exploitation",
    "criminal": "Criminal exploitation", "domestic-servitude": "Domestic servitude",
    "forced-marriage": "Forced marriage", "police-investigation": "Police investigation",
    "prosecution": "Prosecution", "immigration": "Immigration", "family-court": "Family court",
    "compensation": "Compensation", "on-hold": "On hold", "closed": "Closed",
    "court-hearing": "Court hearing", "police-interview": "Police interview",
    "lawyer-meeting": "Meeting with the lawyer",
    "immigration-interview": "Immigration interview",
    "other-appointment": "Another appointment", "postponed": "Postponed",
    "nrm-reasonable-grounds": "NRM reasonable grounds decision",
    "nrm-conclusive-grounds": "NRM conclusive grounds decision", "t-visa": "T visa",
    "continued-presence": "Continued presence",
    "eligibility-letter": "Eligibility letter", "residence-permit": "Residence permit",
    "asylum": "Asylum", "other-decision": "Another decision", "pending": "Awaiting decision",
    "positive": "Positive", "negative": "Negative", "withdrawn": "Withdrawn",
    # school and training, the young person's voice
    "class": "Class or course", "tutoring": "Tutoring", "apprenticeship": "Apprenticeship",
    "exclusion": "Exclusion", "achievement": "Achievement", "qualification": "Qualification",
    "working-on": "Working on it", "achieved": "Achieved", "set-aside": "Set aside",
    "upheld": "Upheld", "partly-upheld": "Partly upheld", "not-upheld": "Not upheld",
    "hearing-tomorrow": "Hearing or appointment tomorrow",
    "hearing-unaccompanied": "Hearing soon with nobody to go with them",
    "complaint-unanswered": "Complaint not answered in time",
    "review-due": "Case review due",
    # funder sections and items
    "unknown": "Unknown",
    # group sessions, alert urgency
    "held": "Held", "cancelled": "Cancelled", "booked": "Booked", "present": "Present",
    "absent": "Absent", "urgent": "Urgent", "soon": "Soon", "routine": "Routine",
    # outcome measures: change since the first score
    "improved": "Improved", "worse": "Worse", "no reliable change": "No reliable change",
    "reliable change not available for this scale":
        "Reliable change not available for this scale",
    # why a resident's first stage began; genders as the demo data writes them
    "intake": "Intake", "girl": "Girl", "boy": "Boy", "non-binary": "Non-binary",
    # who referred a resident, as the demo data writes it ("police" is above)
    "the house": "the house",  # where in-house therapy takes place
    "outreach team": "Outreach team", "hospital": "Hospital", "NGO hotline": "NGO hotline",
    # medication: MAR codes, routes, forms, alerts, a dose's state on Today
    "given": "Given", "refused": "Refused", "withheld": "Withheld",
    "not-available": "Not available", "oral": "By mouth", "topical": "On the skin",
    "inhaled": "Inhaled", "injection": "Injection", "eye": "Eye", "ear": "Ear",
    "nasal": "Nose", "rectal": "Rectal", "tablet": "Tablet", "capsule": "Capsule",
    "liquid": "Liquid", "cream": "Cream or ointment", "inhaler": "Inhaler", "drops": "Drops",
    "patch": "Patch", "dose-overdue": "Dose not recorded",
    "doses-refused": "Medicine refused twice in a row", "due": "Due", "overdue": "Overdue",
    "later": "Later today",
    "received": "Received", "returned": "Returned to the pharmacy", "disposed": "Disposed of",
    "counted": "Counted", "stock-discrepancy": "Stock count does not match",
    "stock-expiring": "Medicine stock expiring within 30 days",
    "stock-expired": "Expired medicine still in stock",
    "doses-too-close": "As-needed doses closer than allowed",
    # documents (issue 29)
    "identity-document": "Identity document", "court-order": "Court order",
    "consent-form": "Consent or assent form", "photo": "Photo",
    "care-team": "Everyone caring for the young person",
    "clinicians-managers": "Clinicians and managers only",
    "managers-only": "Managers only",
    # what a laptop fetches of documents' content in the background
    "all": "Every document", "thumbnails": "Thumbnails only",
    "on-demand": "Nothing until opened",
    # a child's record over its whole life (issue 30): why a case closed ("kinship",
    # "independent-living" and "other-service" are above), approvals, record classes
    "reintegrated-family": "Reintegrated with family",
    "transferred": "Transferred to another house", "ran-away-not-found": "Ran away and not found",
    "turned-18": "Turned 18", "died": "Died",
    "therapy-plan": "Therapy plan", "safety-plan": "Safety plan", "closure": "Case closure",
    "submitted": "Submitted", "approved": "Approved",
    "returned-with-comment": "Returned with a comment",
    "case-file": "Case file", "health": "Health and medicines",
    "safeguarding": "Safeguarding records", "audit": "Audit of who opened the records",
}
# The funder summary's tables and categories (services/funder*.py), as its CSV names them.
_WORDS.update({text: text for text in (
    "1 to 3 months", "12-14", "15-17", "18 and over", "3 to 6 months", "6 to 12 months",
    "NGO or hotline", "a year or more", "another gender", "another source",
    "arrived in the period", "attended therapy", "awaiting a decision", "boy or young man",
    "cases closed, by where the young person went", "children served, by age at intake",
    "children served, by age at the end of the period", "children served, by arrival",
    "children served, by care stage at the end of the period",
    "children served, by citizenship region", "Africa", "Americas", "Asia", "Europe",
    "Oceania",
    "children served, by form of exploitation", "children served, by gender",
    "children served, by going missing from care",
    "children served, by identification decision", "children served, by length of stay",
    "children served, by referral source", "children served, by referral to another service",
    "children served, by restraint", "children served, by risk flags raised",
    "children served, by therapy attended", "did not go missing", "fewer than two scores",
    "follow-up contacts made, by re-trafficking risk found", "girl or young woman",
    "health service", "in the house before the period", "incidents, by kind",
    "interview later or not held", "interview within 72 hours",
    "missing episodes, by return interview", "more than one form", "needs met, by category",
    "needs opened, by category", "negative decision", "no decision recorded",
    "no risk flag raised", "no therapy attended", "not back or interview not yet due",
    "not recorded", "not referred", "not restrained", "one or more risk flags raised",
    "police or other law enforcement", "positive final decision",
    "positive first-stage decision only", "referrals made, by kind", "referred in the period",
    "restrained in the period", "risk not assessed", "reliably improved",
    "no reliable change", "reliably worse",
    "reliable change not available for this scale", "self or family",
    "social services or child protection",
    "therapy sessions attended or missed, by kind of therapy",
    "therapy sessions attended or missed, by status", "under 1 month", "under 12",
    "went missing in the period",
)})
# Outcome instruments and their published bands (scores only; see domain/measures.py).
_WORDS.update({text: text for text in (
    "CATS (self-report, 7-17)", "CATS (caregiver, 7-17)", "CATS (caregiver, 3-6)",
    "Not elevated", "Moderate trauma-related distress", "Probable PTSD", "Minimal", "Mild",
    "Moderate", "Moderately severe", "Severe")})


def english(value: object) -> str:
    """A vocabulary value in English words; unknown values are shown as they are."""
    text = str(value) if value is not None else ""
    return _WORDS.get(text, text)


def word(value: object) -> str:
    """A vocabulary value in words of the core's language (reports, CLI)."""
    return tr(english(value))
