// An action on one row of a list (a POST with the CSRF token), named for screen readers with the row it acts on.
export function ZeilenAktion({
  csrf,
  action,
  text,
  ziel,
}: {
  csrf: string;
  action: string;
  text: string;
  ziel: string;
}) {
  return (
    <form method="post" action={action} class="inline">
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span class="kern-label">
          {text}
          <span class="kern-sr-only">{`: ${ziel}`}</span>
        </span>
      </button>
    </form>
  );
}
