import { configure } from '@testing-library/dom';

// findBy/waitFor give up after 1 s by default: too short for a two-core CI machine under load.
configure({ asyncUtilTimeout: 5000 });
