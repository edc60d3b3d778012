/** One readable line from schema issues: "meta.title: Too small; content.root: Required". */
export function formatIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ')
    .concat(issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}
