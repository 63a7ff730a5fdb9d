// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package's
// ESM-only dependencies cannot load under jest, so this shim gives the enum (values as published).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
