"""HubSpot and Salesforce contact exports (CSV) in, buying roles and verdicts out in the same values."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from popcheck.store.crud import CrmContact
from popcheck.store.models import Account, Contact

MAX_ROWS = 50_000

# Column names as each CRM writes them, squeezed to lowercase letters and digits.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "crm_id": ("recordid", "contactid", "id", "hsobjectid", "contactrecordid"),
    "first": ("firstname",),
    "last": ("lastname",),
    "name": ("name", "fullname", "contactname", "contact"),
    "email": ("email", "emailaddress"),
    "title": ("jobtitle", "title"),
    "account": ("companyname", "accountname", "associatedcompany", "company", "accountnamename", "account"),
    "domain": ("companydomainname", "website", "domain"),
    "role": ("buyingrole", "hsbuyingrole", "contactrole", "role", "buyingroles"),
    "reports_to": ("reportsto", "reportstoname", "reportstoid", "reportstocontactid", "manager"),
}
_HUBSPOT_HINTS = {"recordid", "companyname", "buyingrole", "hsobjectid", "associatedcompany"}
_SALESFORCE_HINTS = {"contactid", "accountname", "reportsto", "reportstoname", "reportstoid", "contactrole"}

HUBSPOT_HEADER = ("Record ID", "First Name", "Last Name", "Email", "Job Title", "Company Name", "Buying Role",
                  "Reports To", "popcheck Verdict", "popcheck P Decider", "popcheck Met")
SALESFORCE_HEADER = ("Contact ID", "First Name", "Last Name", "Email", "Title", "Account Name", "Role",
                     "Reports To", "popcheck Verdict", "popcheck P Decider", "popcheck Met")


class CsvError(ValueError):
    """A CSV that cannot be imported; the message says what is missing."""


def _squeeze(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def read_contacts(data: bytes) -> tuple[str, list[CrmContact]]:
    """(source, rows) from a HubSpot or Salesforce contacts export; raises CsvError saying what is wrong."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise CsvError("the file is empty") from None
    keys = [_squeeze(column) for column in header]
    where: dict[str, int] = {}
    for field, aliases in _COLUMNS.items():
        for alias in aliases:
            if alias in keys:
                where[field] = keys.index(alias)
                break
    if "account" not in where:
        raise CsvError("no company column: export contacts with 'Company Name' (HubSpot) or 'Account Name' (Salesforce)")
    if "name" not in where and "last" not in where and "first" not in where:
        raise CsvError("no name columns: export contacts with 'First Name' and 'Last Name'")
    hints = set(keys)
    source = "hubspot" if hints & _HUBSPOT_HINTS else "salesforce" if hints & _SALESFORCE_HINTS else "csv"

    def cell(row: Sequence[str], field: str) -> str:
        index = where.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    rows: list[CrmContact] = []
    for number, row in enumerate(reader, start=2):
        if not any(part.strip() for part in row):
            continue
        if len(rows) >= MAX_ROWS:
            raise CsvError(f"more than {MAX_ROWS} contacts: split the export")
        name = cell(row, "name") or " ".join(part for part in (cell(row, "first"), cell(row, "last")) if part)
        account = cell(row, "account")
        if not name or not account:
            raise CsvError(f"line {number}: a contact needs a name and a company")
        rows.append(CrmContact(
            name=name, account=account, title=cell(row, "title") or None, email=cell(row, "email") or None,
            buying_role=cell(row, "role") or None, crm_id=cell(row, "crm_id") or None,
            reports_to=cell(row, "reports_to") or None, domain=cell(row, "domain") or None,
        ))
    return source, rows


def _split_name(name: str) -> tuple[str, str]:
    parts = name.split()
    if len(parts) < 2:
        return "", name
    return " ".join(parts[:-1]), parts[-1]


def _safe(value: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def write_contacts(rows: Iterable[tuple[Account, Contact]], crm: str) -> str:
    """Buying roles and verdicts as CSV in the CRM's own column names; the role is empty where unclear."""
    header = HUBSPOT_HEADER if crm == "hubspot" else SALESFORCE_HEADER
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    names: dict[int, str] = {}
    pairs = list(rows)
    for _account, contact in pairs:
        names[contact.id] = contact.name
    for account, contact in pairs:
        first, last = _split_name(contact.name)
        boss = names.get(contact.reports_to_id or -1, "")
        writer.writerow([_safe(str(v)) for v in (
            contact.crm_id or "", first, last, contact.email or "", contact.title or "", account.name,
            contact.buying_role or "", boss, contact.verdict or "",
            "" if contact.p_decider is None else f"{contact.p_decider:.3f}", "yes" if contact.met else "no",
        )])
    return buffer.getvalue()
