// Registers every language the engine knows with the facade. Each language adds one import here.
import './zone/language';
import './nginx/language';
import './mail/mtasts/policy-language';
import './mail/tags-hover';
import './mail/tags-completion';
import './mail/spf-hover';
import './mail/spf-completion';
import './zone/keyword-hover';
import './zone/keyword-completion';
