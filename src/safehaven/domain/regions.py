"""Countries by world region (the UN M49 regions), so the funder summary can count children
by citizenship region (issue 31) without publishing a country, which would often name a
handful of children. Data only: a country is known by its ISO 3166-1 alpha-2 code or its
English name (a few common other names too); anything else is "unknown"."""

from __future__ import annotations

import unicodedata

REGIONS = ("Africa", "Americas", "Asia", "Europe", "Oceania")
UNKNOWN = "unknown"

# region -> "CODE Name|Other name; ..." (M49's sub-regions in order, Antarctica in none)
_COUNTRIES = {
    "Africa": (
        "DZ Algeria; EG Egypt; LY Libya; MA Morocco; SD Sudan; TN Tunisia; EH Western Sahara;"
        "IO British Indian Ocean Territory; BI Burundi; KM Comoros; DJ Djibouti; ER Eritrea;"
        "ET Ethiopia; TF French Southern Territories; KE Kenya; MG Madagascar; MW Malawi;"
        "MU Mauritius; YT Mayotte; MZ Mozambique; RE Reunion; RW Rwanda; SC Seychelles;"
        "SO Somalia; SS South Sudan; UG Uganda; TZ Tanzania|United Republic of Tanzania;"
        "ZM Zambia; ZW Zimbabwe; AO Angola; CM Cameroon; CF Central African Republic;"
        "TD Chad; CG Congo|Republic of the Congo|Congo-Brazzaville;"
        "CD Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa;"
        "GQ Equatorial Guinea; GA Gabon; ST Sao Tome and Principe; BW Botswana;"
        "SZ Eswatini|Swaziland; LS Lesotho; NA Namibia; ZA South Africa; BJ Benin;"
        "BF Burkina Faso; CV Cabo Verde|Cape Verde; CI Cote d'Ivoire|Ivory Coast;"
        "GM Gambia; GH Ghana; GN Guinea; GW Guinea-Bissau; LR Liberia; ML Mali;"
        "MR Mauritania; NE Niger; NG Nigeria; SH Saint Helena; SN Senegal;"
        "SL Sierra Leone; TG Togo"),
    "Americas": (
        "AI Anguilla; AG Antigua and Barbuda; AW Aruba; BS Bahamas; BB Barbados;"
        "BQ Bonaire, Sint Eustatius and Saba; VG British Virgin Islands; KY Cayman Islands;"
        "CU Cuba; CW Curacao; DM Dominica; DO Dominican Republic; GD Grenada;"
        "GP Guadeloupe; HT Haiti; JM Jamaica; MQ Martinique; MS Montserrat;"
        "PR Puerto Rico; BL Saint Barthelemy; KN Saint Kitts and Nevis; LC Saint Lucia;"
        "MF Saint Martin; VC Saint Vincent and the Grenadines; SX Sint Maarten;"
        "TT Trinidad and Tobago; TC Turks and Caicos Islands;"
        "VI United States Virgin Islands; BZ Belize; CR Costa Rica; SV El Salvador;"
        "GT Guatemala; HN Honduras; MX Mexico; NI Nicaragua; PA Panama; AR Argentina;"
        "BO Bolivia; BV Bouvet Island; BR Brazil; CL Chile; CO Colombia; EC Ecuador;"
        "FK Falkland Islands; GF French Guiana; GY Guyana; PY Paraguay; PE Peru;"
        "GS South Georgia and the South Sandwich Islands; SR Suriname; UY Uruguay;"
        "VE Venezuela; BM Bermuda; CA Canada; GL Greenland; PM Saint Pierre and Miquelon;"
        "US United States|United States of America|USA|US|America"),
    "Asia": (
        "KZ Kazakhstan; KG Kyrgyzstan; TJ Tajikistan; TM Turkmenistan; UZ Uzbekistan;"
        "CN China; HK Hong Kong; MO Macao|Macau; KP North Korea|DPRK; JP Japan;"
        "MN Mongolia; KR South Korea|Korea|Republic of Korea; TW Taiwan; BN Brunei;"
        "KH Cambodia; ID Indonesia; LA Laos|Lao PDR; MY Malaysia; MM Myanmar|Burma;"
        "PH Philippines; SG Singapore; TH Thailand; TL Timor-Leste|East Timor;"
        "VN Viet Nam|Vietnam; AF Afghanistan; BD Bangladesh; BT Bhutan; IN India;"
        "IR Iran; MV Maldives; NP Nepal; PK Pakistan; LK Sri Lanka; AM Armenia;"
        "AZ Azerbaijan; BH Bahrain; CY Cyprus; GE Georgia; IQ Iraq; IL Israel; JO Jordan;"
        "KW Kuwait; LB Lebanon; OM Oman; QA Qatar; SA Saudi Arabia; PS Palestine;"
        "SY Syria|Syrian Arab Republic; TR Turkey|Turkiye; AE United Arab Emirates|UAE;"
        "YE Yemen"),
    "Europe": (
        "BY Belarus; BG Bulgaria; CZ Czechia|Czech Republic; HU Hungary; PL Poland;"
        "MD Moldova; RO Romania; RU Russia|Russian Federation; SK Slovakia; UA Ukraine;"
        "AX Aland Islands; DK Denmark; EE Estonia; FO Faroe Islands; FI Finland;"
        "GG Guernsey; IS Iceland; IE Ireland; IM Isle of Man; JE Jersey; LV Latvia;"
        "LT Lithuania; NO Norway; SJ Svalbard and Jan Mayen; SE Sweden;"
        "GB United Kingdom|UK|Great Britain|Britain|England|Scotland|Wales|Northern Ireland;"
        "AL Albania; AD Andorra; BA Bosnia and Herzegovina; HR Croatia; GI Gibraltar;"
        "GR Greece; VA Holy See|Vatican; IT Italy; MT Malta; ME Montenegro;"
        "MK North Macedonia|Macedonia; PT Portugal; SM San Marino; RS Serbia;"
        "SI Slovenia; ES Spain; XK Kosovo; AT Austria; BE Belgium; FR France;"
        "DE Germany; LI Liechtenstein; LU Luxembourg; MC Monaco; NL Netherlands;"
        "CH Switzerland"),
    "Oceania": (
        "AU Australia; CX Christmas Island; CC Cocos (Keeling) Islands;"
        "HM Heard Island and McDonald Islands; NZ New Zealand; NF Norfolk Island; FJ Fiji;"
        "NC New Caledonia; PG Papua New Guinea; SB Solomon Islands; VU Vanuatu; GU Guam;"
        "KI Kiribati; MH Marshall Islands; FM Micronesia; NR Nauru;"
        "MP Northern Mariana Islands; PW Palau; UM United States Minor Outlying Islands;"
        "AS American Samoa; CK Cook Islands; PF French Polynesia; NU Niue; PN Pitcairn;"
        "WS Samoa; TK Tokelau; TO Tonga; TV Tuvalu; WF Wallis and Futuna"),
}


def _key(text: str) -> str:
    """Compare names without case, accents, punctuation or a leading "the"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c if c.isalnum() else " " for c in plain if not unicodedata.combining(c))
    words = plain.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _table() -> dict[str, str]:
    found: dict[str, str] = {}
    for region, entries in _COUNTRIES.items():
        for entry in entries.split(";"):
            code, names = entry.strip().split(" ", 1)
            for name in (code, *names.split("|")):
                found[_key(name)] = region
    return found


_BY_NAME = _table()


def region_of(country: str | None) -> str:
    """The M49 region of a country given by its two-letter code or English name; "unknown"
    for nothing, "Unknown", "stateless" or a name this table does not know."""
    return _BY_NAME.get(_key(country or ""), UNKNOWN)


def codes() -> dict[str, str]:
    """Two-letter code -> region, for every country in the table."""
    out: dict[str, str] = {}
    for region, entries in _COUNTRIES.items():
        for entry in entries.split(";"):
            out[entry.strip()[:2]] = region
    return out
