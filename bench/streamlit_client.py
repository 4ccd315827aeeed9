"""A Streamlit client without a browser: the websocket protocol the frontend speaks, for load tests.

What a browser tab does, message for message (Streamlit 1.67, streamlit/web/server/starlette/): GET
/_stcore/health (as the frontend does first) for the `_streamlit_xsrf` cookie; a websocket to /_stcore/stream
with subprotocols ["streamlit", <xsrf token>]; a BackMsg `rerun_script` (ClientState: page_script_hash, widget
states) for every run; the ForwardMsgs of a run (`new_session`, `navigation` with the app's pages and their
hashes, `delta`s, then `script_finished`). An upload is a BackMsg `file_urls_request`, the
`file_urls_response`'s upload URL, a multipart PUT to /_stcore/upload_file/<session_id>/<file_id> (X-Xsrftoken
header), then a rerun carrying the uploader's FileUploaderState with every file it holds, as the browser's
widget manager sends it. Nothing is rendered: the client only decodes the protobufs, so it costs little CPU
next to the server it measures.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.Common_pb2 import FileURLs, UploadedFileInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Origin, Subprotocol

XSRF_COOKIE = "_streamlit_xsrf"
FINISHED_EARLY_FOR_RERUN = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN
FINISHED_SUCCESSFULLY = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY


class ProtocolError(Exception):
    """The server answered something a browser would not have expected."""


@dataclass
class Run:
    """One script run as the client saw it: from the BackMsg sent to its `script_finished`."""

    seconds: float
    status: str  # the script_finished status name
    page_hash: str  # the page st.navigation ran (navigation.page_script_hash)
    elements: int = 0  # new_element deltas received
    received_bytes: int = 0
    reruns: int = 0  # runs the script itself cut short for a rerun (st.rerun), followed here
    headings: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)  # exception elements, compile errors, page not found
    alerts: list[str] = field(default_factory=list)  # st.error / st.warning bodies
    choices: dict[str, list[str]] = field(default_factory=dict)  # radio label -> its options, as sent

    @property
    def ok(self) -> bool:
        return self.status == "FINISHED_SUCCESSFULLY" and not self.exceptions


class StreamlitClient:
    """One session, driven the way the frontend drives it. Not safe to use from two tasks at once."""

    def __init__(self, url: str, timeout: float = 120.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session_id = ""
        self.pages: dict[str, str] = {}  # page title -> page_script_hash, from the navigation message
        self.page_hash = ""  # the page in view
        self.uploader_id = ""  # the sidebar file_uploader's widget id, from its element
        self.uploaded: list[UploadedFileInfo] = []  # what the uploader widget holds, re-sent on every rerun
        self._xsrf = ""
        self._ws: ClientConnection | None = None

    async def connect(self) -> None:
        self._xsrf = await asyncio.to_thread(self._fetch_xsrf_cookie)
        host = self.url.split("://", 1)[1]
        self._ws = await connect(
            f"ws://{host}/_stcore/stream",
            subprotocols=[Subprotocol("streamlit"), Subprotocol(self._xsrf)],  # the token rides in the 2nd
            origin=Origin(self.url),
            additional_headers={"Cookie": f"{XSRF_COOKIE}={self._xsrf}"},
            max_size=None,  # charts and tables come in frames well above the 1 MiB default
            ping_interval=None,  # the server pings; the client answers. A busy server must not look dead here.
            open_timeout=self.timeout,
        )

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()

    def _fetch_xsrf_cookie(self) -> str:
        with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=self.timeout) as response:
            for header in response.headers.get_all("Set-Cookie") or []:
                morsel = SimpleCookie(header).get(XSRF_COOKIE)
                if morsel is not None:
                    return morsel.value
        raise ProtocolError("GET /_stcore/health set no XSRF cookie")

    async def open(self) -> Run:
        """The first run of a new tab on the app's root URL: st.navigation picks the default page."""
        return await self.rerun(ClientState(page_script_hash="", page_name=""))

    async def switch(self, title: str) -> Run:
        """A click on a page in the sidebar nav: a rerun with that page's hash (the widget states kept)."""
        if title not in self.pages:
            raise ProtocolError(f"no page {title!r} in the navigation: {sorted(self.pages)}")
        run = await self.rerun(ClientState(page_script_hash=self.pages[title], widget_states=self._widgets()))
        if run.page_hash != self.pages[title]:
            run.exceptions.append(f"asked for {title!r}, the server ran page hash {run.page_hash!r}")
        return run

    async def upload(self, name: str, data: bytes, content_type: str = "text/plain") -> Run:
        """Drop one file on the sidebar uploader: request a URL, PUT the file, rerun with the new widget state."""
        if not self.uploader_id:
            raise ProtocolError("no file_uploader seen yet")
        start = time.monotonic()
        request = BackMsg()
        request.file_urls_request.request_id = uuid.uuid4().hex
        request.file_urls_request.session_id = self.session_id
        request.file_urls_request.file_names.append(name)
        await self._send(request)
        urls = await self._await_file_urls(request.file_urls_request.request_id)
        await asyncio.to_thread(self._put, urls.upload_url, name, data, content_type)
        self.uploaded.append(UploadedFileInfo(file_id=urls.file_id, name=name, size=len(data), file_urls=urls))
        run = await self.rerun(ClientState(page_script_hash=self.page_hash, widget_states=self._widgets()))
        run.seconds = time.monotonic() - start
        return run

    def _widgets(self) -> WidgetStates:
        states = WidgetStates()
        if self.uploader_id and self.uploaded:
            state = states.widgets.add(id=self.uploader_id)
            state.file_uploader_state_value.uploaded_file_info.extend(self.uploaded)
        return states

    def _put(self, upload_url: str, name: str, data: bytes, content_type: str) -> None:
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n"
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        url = upload_url if upload_url.startswith("http") else f"{self.url}{upload_url}"
        put = urllib.request.Request(
            url,
            data=body,
            method="PUT",
            headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "X-Xsrftoken": self._xsrf,
                "Cookie": f"{XSRF_COOKIE}={self._xsrf}",
                "Origin": self.url,
            },
        )
        with urllib.request.urlopen(put, timeout=self.timeout) as response:
            if response.status not in (200, 204):
                raise ProtocolError(f"upload PUT answered {response.status}")

    async def _send(self, message: BackMsg) -> None:
        if self._ws is None:
            raise ProtocolError("not connected")
        await self._ws.send(message.SerializeToString())

    async def _receive(self) -> tuple[ForwardMsg, int]:
        if self._ws is None:
            raise ProtocolError("not connected")
        frame = await self._ws.recv()
        if isinstance(frame, str):
            raise ProtocolError("a text frame on the stream")
        message = ForwardMsg()
        message.ParseFromString(frame)
        return message, len(frame)

    async def _await_file_urls(self, request_id: str) -> FileURLs:
        async with asyncio.timeout(self.timeout):
            while True:
                message, _ = await self._receive()
                if message.WhichOneof("type") != "file_urls_response":
                    continue  # leftovers of the last run (session_status_changed and the like)
                response = message.file_urls_response
                if response.response_id != request_id:
                    continue
                if response.error_msg or not response.file_urls:
                    raise ProtocolError(f"file_urls_response: {response.error_msg or 'no URL'}")
                urls = FileURLs()
                urls.CopyFrom(response.file_urls[0])
                return urls

    async def rerun(self, state: ClientState) -> Run:
        """Send rerun_script and read the run's messages up to its script_finished (following st.rerun)."""
        message = BackMsg()
        message.rerun_script.CopyFrom(state)
        start = time.monotonic()
        await self._send(message)
        run = Run(seconds=0.0, status="", page_hash=state.page_script_hash)
        async with asyncio.timeout(self.timeout):
            while True:
                forward, size = await self._receive()
                run.received_bytes += size
                kind = forward.WhichOneof("type")
                if kind == "new_session":
                    self.session_id = forward.new_session.initialize.session_id or self.session_id
                elif kind == "navigation":
                    self.pages = {page.page_name: page.page_script_hash for page in forward.navigation.app_pages}
                    run.page_hash = self.page_hash = forward.navigation.page_script_hash
                elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                    self._element(forward, run)
                elif kind == "page_not_found":
                    run.exceptions.append(f"page not found: {forward.page_not_found.page_name!r}")
                elif kind == "session_event" and forward.session_event.HasField("script_compilation_exception"):
                    error = forward.session_event.script_compilation_exception
                    run.exceptions.append(f"compile error {error.type}: {error.message}")
                elif kind == "script_finished":
                    if forward.script_finished == FINISHED_EARLY_FOR_RERUN:
                        run.reruns += 1
                        continue
                    run.status = ForwardMsg.ScriptFinishedStatus.Name(forward.script_finished)
                    run.seconds = time.monotonic() - start
                    return run

    def _element(self, forward: ForwardMsg, run: Run) -> None:
        run.elements += 1
        element = forward.delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            run.exceptions.append(f"{element.exception.type}: {element.exception.message}"[:300])
        elif kind == "alert":
            run.alerts.append(element.alert.body)
        elif kind == "heading":
            run.headings.append(element.heading.body)
        elif kind == "radio":
            run.choices[element.radio.label] = list(element.radio.options)
        elif kind == "file_uploader":
            self.uploader_id = element.file_uploader.id
