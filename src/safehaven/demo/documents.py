"""Demo documents (issue 29): a scanned consent form, a copy of an identity document and,
where the young person consented to photographs, a current photo (a grey silhouette: no
real face). Believable and the same for a seed, drawn on a stream of their own so the rest
of a seed's demo house is the same as before documents existed.

The files are small constants (a reportlab page and a Qt-drawn JPEG made once), stored as
any document is: encrypted in chunks under their own keys.
"""

from __future__ import annotations

import base64
import os
from datetime import date, timedelta
from typing import TYPE_CHECKING

from safehaven.demo.safeguarding import _moment
from safehaven.domain import documents as d
from safehaven.domain import models as m
from safehaven.domain.vocab import ConsentPurpose, DocumentAccess, DocumentKind
from safehaven.services.documents import seal_content
from safehaven.services.permissions import Action
from safehaven.store import chunks, reads
from safehaven.store.ids import new_id
from safehaven.store.writer import WriteTx

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator

SILHOUETTE = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KS"
    "EiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7"
    "Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCACWAHgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAw"
    "QFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkK"
    "FhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmq"
    "KjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB"
    "AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRob"
    "HBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE"
    "hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+P"
    "n6/9oADAMBAAIRAxEAPwD0GiiitTIKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKztV1QWKBEw"
    "0zjgf3R6mgC7LPDAu6aRUH+0cVV/tnT84+0j/vk/4Vy000k8hklcux7mo6dhXO3inhnXdDIrj/ZOakriIZpIJBJE5R"
    "h3FdNpWqC+jKPhZkHI/vD1FIZo0UUUAFFFFABRRRQAUUUUAFFFFADXcRxs7fdUEmuLuZ2urh5n6uc/T2rqdXcppU5H"
    "oB+ZArkaaEwooooAKltp2tbhJk6oc/X2qKigDuUcSRq6/dYAinVS0hy+lQE+hH5EirtIYUUUUAFFFFABRRRQAUUUUA"
    "VdTiM2mzoOu3P5c/0rjq7ogEYPSuQ1Kzayu2jx8h5Q+opoTKlFFFABRRVvTbNr27VMfIvLn0FAHTaZEYdNgQ9dufz5"
    "/rVqkAAGB0paQwooooAKKKKACiiigAooooAKr3llFfQmOUf7rDqpqxRQByd3pF3asf3ZlTsyDP6dqpbWzjac+mK7mi"
    "ncVjk7TSLu6YfuzEndnGP0710lnZRWMIjiH+8x6sasUUhhRRRQAUUUUAFFFFABRRRQAUUVmatqosk8qLBnYf8AfI9a"
    "ALF7qVvYr+8bLnoi9TWHc69dzEiIiFf9nk/nWa7tI5d2LMTkknk02mIkkuJpTmSZ3/3mJplJRQBJHcTRHMczp/usRW"
    "hba9dwkCUiZf8Aa4P51l0UAdhZalb3y/u2w46o3UVbrhkdo3DoxVgcgg8ium0nVRep5UuBOo/76HrSGadFFFABRRRQ"
    "AUUUUAQXlytpavO3O0cD1PYVx0srzStLIdzMck1teJJzmG3B4++38h/WsKmhMKKKKACiiigAooooAKfFK8Mqyxnayn"
    "INMooA7SzuVu7VJ143Dkeh71PWD4bnOZrcnj74/kf6VvUhhRRRQAUUUUAcrrrFtVkH91VH6Z/rWdV/W/8AkLz/APAf"
    "/QRVCmIKKKKACiiigAooooAKKKKANHQmK6rGP7ysP0z/AErqq5PRP+QvB/wL/wBBNdZSY0FFFFABRRRQBymuDGrSn1"
    "Cn9BWfWz4jhK3MUwHDrtP1H/66xqYgooooAKKKKACiiigAooooA0NDGdWiPoGP6GurrnfDkJa5lmI4Rdo+p/8A1V0V"
    "JjQUUUUAFFFFAFHV7YXOnyZ4aMb1P0rkqKKaEwooooAKKKKACiiigAooooA63SLYW2nx45aQb2P1q9RRSGFFFFAH/9"
    "k=")

CONSENT_FORM = base64.b64decode(
    "JVBERi0xLjMKJZOMi54gUmVwb3J0TGFiIEdlbmVyYXRlZCBQREYgZG9jdW1lbnQgKG9wZW5zb3VyY2UpCjEgMCBvYm"
    "oKPDwKL0YxIDIgMCBSIC9GMiAzIDAgUgo+PgplbmRvYmoKMiAwIG9iago8PAovQmFzZUZvbnQgL0hlbHZldGljYSAv"
    "RW5jb2RpbmcgL1dpbkFuc2lFbmNvZGluZyAvTmFtZSAvRjEgL1N1YnR5cGUgL1R5cGUxIC9UeXBlIC9Gb250Cj4+Cm"
    "VuZG9iagozIDAgb2JqCjw8Ci9CYXNlRm9udCAvSGVsdmV0aWNhLUJvbGQgL0VuY29kaW5nIC9XaW5BbnNpRW5jb2Rp"
    "bmcgL05hbWUgL0YyIC9TdWJ0eXBlIC9UeXBlMSAvVHlwZSAvRm9udAo+PgplbmRvYmoKNCAwIG9iago8PAovQ29udG"
    "VudHMgOCAwIFIgL01lZGlhQm94IFsgMCAwIDU5NS4yNzU2IDg0MS44ODk4IF0gL1BhcmVudCA3IDAgUiAvUmVzb3Vy"
    "Y2VzIDw8Ci9Gb250IDEgMCBSIC9Qcm9jU2V0IFsgL1BERiAvVGV4dCAvSW1hZ2VCIC9JbWFnZUMgL0ltYWdlSSBdCj"
    "4+IC9Sb3RhdGUgMCAvVHJhbnMgPDwKCj4+IAogIC9UeXBlIC9QYWdlCj4+CmVuZG9iago1IDAgb2JqCjw8Ci9QYWdl"
    "TW9kZSAvVXNlTm9uZSAvUGFnZXMgNyAwIFIgL1R5cGUgL0NhdGFsb2cKPj4KZW5kb2JqCjYgMCBvYmoKPDwKL0F1dG"
    "hvciAoYW5vbnltb3VzKSAvQ3JlYXRpb25EYXRlIChEOjIwMDAwMTAxMDAwMDAwKzAwJzAwJykgL0NyZWF0b3IgKGFu"
    "b255bW91cykgL0tleXdvcmRzICgpIC9Nb2REYXRlIChEOjIwMDAwMTAxMDAwMDAwKzAwJzAwJykgL1Byb2R1Y2VyIC"
    "hSZXBvcnRMYWIgUERGIExpYnJhcnkgLSBcKG9wZW5zb3VyY2VcKSkgCiAgL1N1YmplY3QgKHVuc3BlY2lmaWVkKSAv"
    "VGl0bGUgKENvbnNlbnQgZm9ybSkgL1RyYXBwZWQgL0ZhbHNlCj4+CmVuZG9iago3IDAgb2JqCjw8Ci9Db3VudCAxIC"
    "9LaWRzIFsgNCAwIFIgXSAvVHlwZSAvUGFnZXMKPj4KZW5kb2JqCjggMCBvYmoKPDwKL0ZpbHRlciBbIC9BU0NJSTg1"
    "RGVjb2RlIC9GbGF0ZURlY29kZSBdIC9MZW5ndGggNDAxCj4+CnN0cmVhbQpHYXMyRTV0Xzs3JjtCVFBNS2NDbFYvRm"
    "tcQzsiPzNNWy4pOzthSmhXaDJPODVQJTdlamhqWz50W2E2bV8mOCRba2MrRzRAX140aGEkQCZYa3JCYGFWPCNecD48"
    "aGFvWEYqLylUImlyZ0dtcTlVSFMvYGc6M0giOys8IW5nOlVSZmFRPC0oa1BeRGdZdDxZTk5QZXEvT0JbVTJiLFc0bC"
    "w3cjttJWY3KTclYVRNMG4xY0YxYEwiYWhPR0Q+T2A2RTY3O1pOKjtAO0QyXkRyYT5AY1clcVZ0cyk5WWc8YTNtRD5J"
    "WyohZ1owbkFGSElNKnNYZyQrNzk4QypSUTpuNTZtJW5YRzxNWFdULj0lWThkXU1UMFtDdDVcIkkuO19CXCIoOkFOQk"
    "RiOj1kN18jOlM7OS9MJEJfXSU8VS1bbHFCJ0BRKUF0VmVxc01idTVdK09nKVhRZm44Njc2UlNjOGoyQ0wxaWthTks6"
    "XjVeWjonSTcqRS4rKlhHZl9eUyc2WSdqUihQUFEkUHUmJUxWRF5+PmVuZHN0cmVhbQplbmRvYmoKeHJlZgowIDkKMD"
    "AwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDYxIDAwMDAwIG4gCjAwMDAwMDAxMDIgMDAwMDAgbiAKMDAwMDAwMDIw"
    "OSAwMDAwMCBuIAowMDAwMDAwMzIxIDAwMDAwIG4gCjAwMDAwMDA1MjQgMDAwMDAgbiAKMDAwMDAwMDU5MiAwMDAwMC"
    "BuIAowMDAwMDAwODU3IDAwMDAwIG4gCjAwMDAwMDA5MTYgMDAwMDAgbiAKdHJhaWxlcgo8PAovSUQgCls8MTJkNGZh"
    "NGE2OGQ4MDQ0M2UyNmNlZWMyZDhlMDYyNDg+PDEyZDRmYTRhNjhkODA0NDNlMjZjZWVjMmQ4ZTA2MjQ4Pl0KJSBSZX"
    "BvcnRMYWIgZ2VuZXJhdGVkIFBERiBkb2N1bWVudCAtLSBkaWdlc3QgKG9wZW5zb3VyY2UpCgovSW5mbyA2IDAgUgov"
    "Um9vdCA1IDAgUgovU2l6ZSA5Cj4+CnN0YXJ0eHJlZgoxNDA3CiUlRU9GCg==")

IDENTITY_COPY = base64.b64decode(
    "JVBERi0xLjMKJZOMi54gUmVwb3J0TGFiIEdlbmVyYXRlZCBQREYgZG9jdW1lbnQgKG9wZW5zb3VyY2UpCjEgMCBvYm"
    "oKPDwKL0YxIDIgMCBSIC9GMiAzIDAgUgo+PgplbmRvYmoKMiAwIG9iago8PAovQmFzZUZvbnQgL0hlbHZldGljYSAv"
    "RW5jb2RpbmcgL1dpbkFuc2lFbmNvZGluZyAvTmFtZSAvRjEgL1N1YnR5cGUgL1R5cGUxIC9UeXBlIC9Gb250Cj4+Cm"
    "VuZG9iagozIDAgb2JqCjw8Ci9CYXNlRm9udCAvSGVsdmV0aWNhLUJvbGQgL0VuY29kaW5nIC9XaW5BbnNpRW5jb2Rp"
    "bmcgL05hbWUgL0YyIC9TdWJ0eXBlIC9UeXBlMSAvVHlwZSAvRm9udAo+PgplbmRvYmoKNCAwIG9iago8PAovQ29udG"
    "VudHMgOCAwIFIgL01lZGlhQm94IFsgMCAwIDU5NS4yNzU2IDg0MS44ODk4IF0gL1BhcmVudCA3IDAgUiAvUmVzb3Vy"
    "Y2VzIDw8Ci9Gb250IDEgMCBSIC9Qcm9jU2V0IFsgL1BERiAvVGV4dCAvSW1hZ2VCIC9JbWFnZUMgL0ltYWdlSSBdCj"
    "4+IC9Sb3RhdGUgMCAvVHJhbnMgPDwKCj4+IAogIC9UeXBlIC9QYWdlCj4+CmVuZG9iago1IDAgb2JqCjw8Ci9QYWdl"
    "TW9kZSAvVXNlTm9uZSAvUGFnZXMgNyAwIFIgL1R5cGUgL0NhdGFsb2cKPj4KZW5kb2JqCjYgMCBvYmoKPDwKL0F1dG"
    "hvciAoYW5vbnltb3VzKSAvQ3JlYXRpb25EYXRlIChEOjIwMDAwMTAxMDAwMDAwKzAwJzAwJykgL0NyZWF0b3IgKGFu"
    "b255bW91cykgL0tleXdvcmRzICgpIC9Nb2REYXRlIChEOjIwMDAwMTAxMDAwMDAwKzAwJzAwJykgL1Byb2R1Y2VyIC"
    "hSZXBvcnRMYWIgUERGIExpYnJhcnkgLSBcKG9wZW5zb3VyY2VcKSkgCiAgL1N1YmplY3QgKHVuc3BlY2lmaWVkKSAv"
    "VGl0bGUgKElkZW50aXR5IGRvY3VtZW50KSAvVHJhcHBlZCAvRmFsc2UKPj4KZW5kb2JqCjcgMCBvYmoKPDwKL0NvdW"
    "50IDEgL0tpZHMgWyA0IDAgUiBdIC9UeXBlIC9QYWdlcwo+PgplbmRvYmoKOCAwIG9iago8PAovRmlsdGVyIFsgL0FT"
    "Q0lJODVEZWNvZGUgL0ZsYXRlRGVjb2RlIF0gL0xlbmd0aCAzMDkKPj4Kc3RyZWFtCkdhc2JUP1lkTTQnWkp1LideJj"
    "82a2BUVWBvaGZnQDBfU3JzS2I7ZGkpKChKKCVmNVI6KWw7bFdSWFpSZkljb1EtJVJ1WVs7YGVBM25hYWk9ImxvdTtP"
    "WSVcP1lgazlIJGgsQSlYJWBIVXIqYEdWUFkyNUYwUl4tYE8jRkdGSyJhN1ZqIlA+V28lbT9taVMjPmIxV1hMVVZyIW"
    "s3bm1qb1BYYVRCImUiL0EkP1NVJTdIVyYkLDNQQipHbklQcTJFLCkoV3BHVmBTZystZ2VwX28ra1Elckk9KCgjPm81"
    "SzlIQ1MnYm4lJyJWKWorSW1EWEZaYl8+YEE1OSUuYmBoMktuOjdyRzNPaFs4JTZLbDUzayhwZiNQK1I8XjRKLDhrPD"
    "YsMjBCUlsySzZPbyhRL29ZSkh+PmVuZHN0cmVhbQplbmRvYmoKeHJlZgowIDkKMDAwMDAwMDAwMCA2NTUzNSBmIAow"
    "MDAwMDAwMDYxIDAwMDAwIG4gCjAwMDAwMDAxMDIgMDAwMDAgbiAKMDAwMDAwMDIwOSAwMDAwMCBuIAowMDAwMDAwMz"
    "IxIDAwMDAwIG4gCjAwMDAwMDA1MjQgMDAwMDAgbiAKMDAwMDAwMDU5MiAwMDAwMCBuIAowMDAwMDAwODYyIDAwMDAw"
    "IG4gCjAwMDAwMDA5MjEgMDAwMDAgbiAKdHJhaWxlcgo8PAovSUQgCls8NTNhOTQ2ZjZkM2EwOGFjMjlmOTVmNjdlNz"
    "A1YmMyMGY+PDUzYTk0NmY2ZDNhMDhhYzI5Zjk1ZjY3ZTcwNWJjMjBmPl0KJSBSZXBvcnRMYWIgZ2VuZXJhdGVkIFBE"
    "RiBkb2N1bWVudCAtLSBkaWdlc3QgKG9wZW5zb3VyY2UpCgovSW5mbyA2IDAgUgovUm9vdCA1IDAgUgovU2l6ZSA5Cj"
    "4+CnN0YXJ0eHJlZgoxMzIwCiUlRU9GCg==")


def documents(gen: Generator, tx: WriteTx, r: m.Resident, start: date, end: date,
              left: date | None) -> None:
    """Some of a resident's papers: most have a signed consent form on file, some a copy of
    an identity document; those still here with a current photographs consent, a photo."""
    rng = gen.docs
    if rng.random() < 0.7:
        _file(gen, tx, r, DocumentKind.CONSENT_FORM, CONSENT_FORM, "Consent and assent form",
              r.intake_date + timedelta(days=rng.randint(0, 5)))
    if rng.random() < 0.35:
        title = rng.choice(["Passport (copy)", "Birth certificate (copy)", "ID card (copy)"])
        _file(gen, tx, r, DocumentKind.IDENTITY, IDENTITY_COPY, title, None)
    photos = [c for c in reads.for_resident(tx.conn, m.Consent, r.id)
              if c.purpose == ConsentPurpose.PHOTOGRAPHS and c.active_on(gen.today)]
    if left is None and photos and rng.random() < 0.8:
        taken = max(start, photos[0].granted_on, end - timedelta(days=rng.randint(0, 60)))
        _file(gen, tx, r, DocumentKind.PHOTO, SILHOUETTE, "Current photo", taken)


def _file(gen: Generator, tx: WriteTx, r: m.Resident, kind: DocumentKind, data: bytes,
          title: str, dated: date | None) -> None:
    by = gen.author(Action.ADD_DOCUMENT)
    doc_id, key = new_id(), os.urandom(32)
    sealed = seal_content(key, doc_id, data)
    chunks.put(tx.conn, sealed.chunks)
    record = m.Document(
        id=doc_id, site_id=gen.site, resident_id=r.id, kind=kind, title=title,
        access=DocumentAccess.CARE_TEAM, media_type=d.media_type(data), size=len(data),
        chunks=sealed.content, preview=sealed.preview, thumb=sealed.thumb, added_by=by,
        added_at=_moment(gen.docs, max(dated or r.intake_date, r.intake_date), gen.today),
        dated=dated,
        file_key=base64.b64encode(key).decode())
    gen._save(tx, record, by)
