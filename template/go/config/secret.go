package config

import (
	"fmt"
	"log/slog"
)

// PlaceholderSecret is the SECRET_KEY that .env.example ships. It is
// refused outside development, so a forgotten secret stops the deploy
// instead of weakening production.
const PlaceholderSecret = "change-me"

// minSecretLength is the shortest secret accepted outside development.
const minSecretLength = 32

// Secret is a value that must not leak: it prints and logs as [redacted].
// Convert it with string(secret) where the value itself is needed.
type Secret string

// String hides the value from fmt, so a printed Config shows no secret.
func (Secret) String() string { return "[redacted]" }

// GoString hides the value from fmt's %#v too.
func (Secret) GoString() string { return `"[redacted]"` }

// LogValue hides the value from log/slog.
func (Secret) LogValue() slog.Value { return slog.StringValue("[redacted]") }

// checkSecret refuses a placeholder or short secret outside development.
func checkSecret(name string, value Secret, environment Environment) error {
	if environment == Development {
		return nil
	}
	if value == PlaceholderSecret || len(value) < minSecretLength {
		return fmt.Errorf(
			"%s must be a random value of at least %d characters outside development (ENVIRONMENT=%s); generate one with: openssl rand -base64 48",
			name, minSecretLength, environment)
	}
	return nil
}
