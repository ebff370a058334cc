package config

import (
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// logLevels maps LOG_LEVEL's values, in upper case, to slog levels.
var logLevels = map[string]slog.Level{
	"DEBUG":   slog.LevelDebug,
	"INFO":    slog.LevelInfo,
	"WARNING": slog.LevelWarn,
	"ERROR":   slog.LevelError,
}

// parser reads variables one at a time and collects what is wrong with
// them, so that one run of the service names every invalid variable.
type parser struct {
	getenv      func(string) string
	environment Environment
	errs        []error
}

func (p *parser) text(name, fallback string) string {
	if value := p.getenv(name); value != "" {
		return value
	}
	return fallback
}

func (p *parser) fail(name, want, got string) {
	p.errs = append(p.errs, fmt.Errorf("%s must be %s (got %q)", name, want, got))
}

func (p *parser) choice(name, fallback string, allowed ...string) string {
	value := p.text(name, fallback)
	if !slices.Contains(allowed, value) {
		p.fail(name, "one of "+strings.Join(allowed, ", "), value)
	}
	return value
}

func (p *parser) port(name string, fallback int) int {
	raw := p.text(name, strconv.Itoa(fallback))
	port, err := strconv.Atoi(raw)
	if err != nil || port < 1 || port > 65535 {
		p.fail(name, "a port number from 1 to 65535", raw)
	}
	return port
}

func (p *parser) level(name, fallback string) slog.Level {
	raw := p.text(name, fallback)
	level, ok := logLevels[strings.ToUpper(raw)]
	if !ok {
		p.fail(name, "one of DEBUG, INFO, WARNING, ERROR", raw)
	}
	return level
}

func (p *parser) seconds(name string, fallback float64) time.Duration {
	raw := p.text(name, strconv.FormatFloat(fallback, 'f', -1, 64))
	seconds, err := strconv.ParseFloat(raw, 64)
	if err != nil || seconds <= 0 || math.IsInf(seconds, 1) {
		p.fail(name, "a number of seconds greater than 0", raw)
	}
	return time.Duration(seconds * float64(time.Second))
}

// secret reads a secret and checks it against the environment, which must
// have been read before.
func (p *parser) secret(name string) Secret {
	value := Secret(p.text(name, PlaceholderSecret))
	if err := checkSecret(name, value, p.environment); err != nil {
		p.errs = append(p.errs, err)
	}
	return value
}
