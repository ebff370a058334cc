package http

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestHealthzSaysTheProcessIsAlive(t *testing.T) {
	var out bytes.Buffer

	response := get(newTestServer(&out), "/healthz", nil)

	assertJSON(t, response.Code, response.Body.String(), http.StatusOK, `{"status":"ok"}`)
}

func TestReadyzIsReadyWhenEveryCheckPasses(t *testing.T) {
	var out bytes.Buffer
	server := newTestServer(&out)
	server.Readiness.Register("dependency", func(context.Context) error { return nil })

	response := get(server, "/readyz", nil)

	assertJSON(t, response.Code, response.Body.String(), http.StatusOK, `{"status":"ok","checks":{"dependency":"ok"}}`)
}

func TestReadyzAnswers503WhenACheckFails(t *testing.T) {
	var out bytes.Buffer
	server := newTestServer(&out)
	server.Readiness.Register("database", func(context.Context) error { return errors.New("database is down") })

	response := get(server, "/readyz", nil)

	assertJSON(t, response.Code, response.Body.String(), http.StatusServiceUnavailable,
		`{"status":"unavailable","checks":{"database":"unavailable"}}`)
}

func assertJSON(t *testing.T, status int, body string, wantStatus int, wantBody string) {
	t.Helper()
	if status != wantStatus || strings.TrimSpace(body) != wantBody {
		t.Errorf("got %d %s, want %d %s", status, body, wantStatus, wantBody)
	}
}
