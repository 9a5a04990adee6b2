/*
 * pdfmake 0.3 ships no types (the @types package describes 0.2's browser API). This is the part of its server API
 * the report uses: the shared instance, fonts from files, access policies, and a document rendered to a Buffer.
 * Document content is pdfmake's own JSON shape (PdfNode in impact-report-pdf.ts).
 */
declare module 'pdfmake' {
  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(documentDefinition: object, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export = pdfmake;
}
