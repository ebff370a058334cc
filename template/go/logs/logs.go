// Package logs sets up the service's structured logs (log/slog): one event
// per line, JSON in production, readable key=value lines in development.
// Lines have the same shape in every stack of backend-roadmap: the event
// name under "event", the level in lower case, the time in UTC.
package logs

import (
	"context"
	"io"
	"log/slog"
)

// levelNames are the level names every stack writes.
var levelNames = map[slog.Level]string{
	slog.LevelDebug: "debug",
	slog.LevelInfo:  "info",
	slog.LevelWarn:  "warning",
	slog.LevelError: "error",
}

// New returns a logger that writes events at level and above to w, as JSON
// when format is "json" and as key=value text otherwise.
func New(w io.Writer, format string, level slog.Level) *slog.Logger {
	options := &slog.HandlerOptions{Level: level, ReplaceAttr: sharedShape}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, options))
	}
	return slog.New(slog.NewTextHandler(w, options))
}

func sharedShape(groups []string, attr slog.Attr) slog.Attr {
	if len(groups) > 0 {
		return attr
	}
	switch attr.Key {
	case slog.MessageKey:
		attr.Key = "event"
	case slog.TimeKey:
		attr = slog.Time("timestamp", attr.Value.Time().UTC())
	case slog.LevelKey:
		if level, ok := attr.Value.Any().(slog.Level); ok && levelNames[level] != "" {
			attr.Value = slog.StringValue(levelNames[level])
		}
	}
	return attr
}

type contextKey struct{}

// NewContext returns a copy of ctx that carries logger; the request-id
// middleware stores a logger that adds the request id to every line.
func NewContext(ctx context.Context, logger *slog.Logger) context.Context {
	return context.WithValue(ctx, contextKey{}, logger)
}

// FromContext returns the logger ctx carries, or slog.Default() if none.
// Handlers log through it, so their lines carry the request id.
func FromContext(ctx context.Context) *slog.Logger {
	if logger, ok := ctx.Value(contextKey{}).(*slog.Logger); ok {
		return logger
	}
	return slog.Default()
}
