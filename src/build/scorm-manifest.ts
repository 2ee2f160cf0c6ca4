/**
 * imsmanifest.xml for a SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL 1.2 extensions):
 * one organization with one item, launching one SCO (`href`), whose resource lists every file of the
 * package. Pure, so a test can check it.
 */
export interface ManifestOptions {
  readonly identifier: string;
  readonly title: string;
  /** The SCO's launch page, relative to the package root. */
  readonly href: string;
  /** Every file of the package (not the manifest), relative paths with "/". */
  readonly files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

export function scormManifest(options: ManifestOptions): string {
  const id = options.identifier.replace(/[^A-Za-z0-9_.-]/g, '_');
  const files = [...options.files]
    .sort()
    .map((file) => `        <file href="${escapeXml(file)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd
                        http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd
                        http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escapeXml(options.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escapeXml(options.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(options.href)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
