package http

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestEachRequestLogsOneJSONLineWithItsRequestID(t *testing.T) {
	var out bytes.Buffer

	get(newTestServer(&out), "/healthz", http.Header{"X-Request-Id": {"trace-42"}})

	var access []map[string]any
	for _, line := range logLines(t, &out) {
		if line["event"] == "http.request" {
			access = append(access, line)
		}
	}
	if len(access) != 1 {
		t.Fatalf("got %d access lines, want 1: %v", len(access), access)
	}
	line := access[0]
	want := map[string]any{"method": "GET", "path": "/healthz", "status": 200.0, "request_id": "trace-42", "level": "info"}
	for name, value := range want {
		if line[name] != value {
			t.Errorf("%s = %v, want %v", name, line[name], value)
		}
	}
	if _, ok := line["duration_ms"].(float64); !ok {
		t.Errorf("duration_ms = %v, want a number", line["duration_ms"])
	}
}

func TestAHandlerThatPanicsIsLoggedAs500(t *testing.T) {
	var out bytes.Buffer
	panics := http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") })
	handler := withRequestID(newTestServer(&out).Logger, withAccessLog(panics))

	func() {
		defer func() { _ = recover() }() // a real net/http server recovers it
		handler.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/boom", nil))
	}()

	if lines := logLines(t, &out); len(lines) != 1 || lines[0]["status"] != 500.0 {
		t.Errorf("got %v, want one access line with status 500", lines)
	}
}
