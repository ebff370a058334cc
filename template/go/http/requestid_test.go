package http

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
)

var generatedID = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestEveryResponseCarriesAGeneratedRequestID(t *testing.T) {
	var out bytes.Buffer
	server := newTestServer(&out)

	first := get(server, "/healthz", nil).Header().Get("X-Request-ID")
	second := get(server, "/healthz", nil).Header().Get("X-Request-ID")

	if !generatedID.MatchString(first) || first == second {
		t.Errorf("got ids %q and %q, want two different ones of 32 hex characters", first, second)
	}
}

func TestAWellFormedIncomingRequestIDIsKept(t *testing.T) {
	var out bytes.Buffer

	response := get(newTestServer(&out), "/healthz", http.Header{"X-Request-Id": {"edge-1234.abc"}})

	if got := response.Header().Get("X-Request-ID"); got != "edge-1234.abc" {
		t.Errorf("got %q", got)
	}
}

func TestAMalformedIncomingRequestIDIsReplaced(t *testing.T) {
	var out bytes.Buffer

	response := get(newTestServer(&out), "/healthz", http.Header{"X-Request-Id": {"bad id\twith spaces"}})

	if got := response.Header().Get("X-Request-ID"); !generatedID.MatchString(got) {
		t.Errorf("got %q", got)
	}
}

func TestHandlersSeeTheRequestIDInTheirContextAndLogger(t *testing.T) {
	var out bytes.Buffer
	server := newTestServer(&out)
	var seen string
	server.Readiness.Register("database", func(ctx context.Context) error {
		seen = RequestID(ctx)
		return errors.New("down")
	})

	get(server, "/readyz", http.Header{"X-Request-Id": {"trace-7"}})

	if seen != "trace-7" {
		t.Errorf("RequestID(ctx) = %q", seen)
	}
	for _, line := range logLines(t, &out) {
		if line["request_id"] != "trace-7" {
			t.Errorf("a line written for the request lacks its id: %v", line)
		}
	}
	if RequestID(httptest.NewRequest(http.MethodGet, "/", nil).Context()) != "" {
		t.Error("a context outside a request should have no id")
	}
}
