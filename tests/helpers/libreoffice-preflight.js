/* eslint-disable no-undef */
// globalSetup of jest.libreoffice.config.js: stop before any test when soffice or pdftoppm is missing,
// with the packages to install (scripts/libreoffice-preflight.js).
const { assertLibreOffice } = require("../../scripts/libreoffice-preflight.js");

module.exports = async () => {
  assertLibreOffice();
};
